import { Suspense } from 'react';
import { Button, Flex, Layout, Typography } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FullPageSpin } from '../components/full-page-spin';
import { LanguageSwitch } from '../components/language-switch';

/** The frame of pages open to everyone (no login): app name, language switch and a "Sign in" link. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f4f8' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24, background: '#1f4e8c' }}>
        <Link to="/public/register" style={{ flex: 1, minWidth: 0 }}>
          <Flex vertical style={{ lineHeight: 1.2 }}>
            <Typography.Text strong style={{ color: '#fff', fontSize: 20 }} data-testid="app-name">
              {t('app.name')}
            </Typography.Text>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', fontSize: 12 }} ellipsis>
              {t('publicRegister.subtitle')}
            </Typography.Text>
          </Flex>
        </Link>
        <Link to="/public/statistics" data-testid="public-statistics-link" style={{ color: '#fff' }}>
          {t('dashboards.publicLink')}
        </Link>
        <LanguageSwitch />
        <Link to="/login" data-testid="public-sign-in">
          <Button icon={<LoginOutlined />}>{t('publicRegister.signIn')}</Button>
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, width: '100%', maxWidth: 1200, marginInline: 'auto' }}>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,0.55)' }}>{t('publicRegister.footer')}</Layout.Footer>
    </Layout>
  );
}
