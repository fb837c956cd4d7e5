import { Card, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NavEntry } from '../../../app/navigation';

/** A home-page card linking to a feature; a feature not built yet looks disabled and says "coming soon". */
export function FeatureCard({ entry }: { entry: NavEntry }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isComingSoon = entry.path === null;
  const open = () => {
    if (entry.path) navigate(entry.path);
  };
  return (
    <Card
      data-testid={`home-card-${entry.key}`}
      hoverable={!isComingSoon}
      onClick={open}
      aria-disabled={isComingSoon}
      style={{ height: '100%', opacity: isComingSoon ? 0.55 : 1, cursor: isComingSoon ? 'not-allowed' : 'pointer' }}
    >
      <Flex vertical gap={8}>
        <Flex align="center" gap={8}>
          <span style={{ fontSize: 22, color: '#1f4e8c' }}>{entry.icon}</span>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t(`home.cards.${entry.key}.title`)}
          </Typography.Text>
          {isComingSoon && <Tag>{t('common.comingSoon')}</Tag>}
        </Flex>
        <Typography.Text type="secondary">{t(`home.cards.${entry.key}.description`)}</Typography.Text>
      </Flex>
    </Card>
  );
}
