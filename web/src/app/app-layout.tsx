import { Suspense } from 'react';
import { Button, Dropdown, Flex, Layout, Menu, Tag, Typography, type MenuProps } from 'antd';
import { DownOutlined, HomeOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { FullPageSpin } from '../components/full-page-spin';
import { LanguageSwitch } from '../components/language-switch';
import { useLogout, useMe } from '../features/auth/api';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { NAV_ENTRIES, visibleEntries, type NavEntry } from './navigation';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** Left-menu items for this user, grouped; features not built yet are shown disabled with a tag. */
function useMenuItems(me: Me): MenuItem[] {
  const { t } = useTranslation();
  const toItem = (entry: NavEntry): MenuItem => ({
    key: entry.path ?? `soon:${entry.key}`,
    icon: entry.icon,
    disabled: entry.path === null,
    label: (
      <span data-testid={`nav-${entry.key}`}>
        {t(`menu.${entry.key}`)}
        {entry.path === null && (
          <Tag style={{ marginInlineStart: 8 }} variant="filled">
            {t('common.comingSoon')}
          </Tag>
        )}
      </span>
    ),
  });
  const entries = visibleEntries(me);
  const work = entries.filter((entry) => entry.group === 'work').map(toItem);
  const administration = entries.filter((entry) => entry.group === 'administration').map(toItem);
  const personal = entries.filter((entry) => entry.group === 'personal').map(toItem);
  const items: MenuItem[] = [
    { key: '/', icon: <HomeOutlined />, label: <span data-testid="nav-home">{t('menu.home')}</span> },
    ...work,
  ];
  if (administration.length > 0) {
    items.push({ type: 'group', key: 'administration', label: t('menu.administration'), children: administration });
  }
  return [...items, ...personal];
}

/** The signed-in user's name with a menu: account, change password, log out. */
function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const items: MenuProps['items'] = [
    { key: 'account', icon: <UserOutlined />, label: <span data-testid="user-menu-account">{t('userMenu.account')}</span> },
    { key: 'change-password', icon: <KeyOutlined />, label: t('userMenu.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">{t('userMenu.logout')}</span> },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') navigate('/account');
    else if (key === 'change-password') navigate('/change-password');
    else if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button data-testid="user-menu" type="text" style={{ color: '#fff' }} loading={logout.isPending}>
        <UserOutlined /> {me.fullName} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** The page frame for signed-in users: header (name, language, user menu), left menu, content. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const showMenu = Boolean(me && !me.mustChangePassword);
  const menuItems = useMenuItems(me ?? ({ permissions: [] } as unknown as Me));
  // A page below a menu entry (e.g. /registry/<id>) keeps that entry highlighted; the longest matching entry wins
  // (/registry/import/<id> highlights "Import", not "Registry").
  const selectedKey =
    NAV_ENTRIES.map((entry) => entry.path)
      .filter((path): path is string => Boolean(path) && (location.pathname === path || location.pathname.startsWith(`${path}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? location.pathname;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24, background: '#1f4e8c' }}>
        <Flex vertical style={{ lineHeight: 1.2, flex: 1, minWidth: 0 }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 20 }} data-testid="app-name">
            {t('app.name')}
          </Typography.Text>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', fontSize: 12 }} ellipsis>
            {t('app.subtitle')}
          </Typography.Text>
        </Flex>
        <LanguageSwitch />
        {showMenu && <NotificationBell />}
        {me && <UserMenu me={me} />}
      </Layout.Header>
      <Layout>
        {showMenu && (
          <Layout.Sider width={272} breakpoint="lg" collapsedWidth={0} theme="light">
            <Menu
              mode="inline"
              selectedKeys={[selectedKey]}
              items={menuItems}
              onClick={({ key }) => {
                if (!key.startsWith('soon:')) navigate(key);
              }}
              style={{ height: '100%', borderInlineEnd: 0 }}
            />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
