import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/language-switch';
import { useDocumentTitle } from '../../../components/page-title';

/** The frame of the sign-up pages (no login): app name, language switch, a title and the content in a card. */
export function SignupFrame({ title, children, width = 560 }: { title: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f4f8' }}>
      <Card style={{ width: '100%', maxWidth: width }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={2} style={{ margin: 0, color: '#b3261e' }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        <Typography.Title level={4} data-testid="signup-title">
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
