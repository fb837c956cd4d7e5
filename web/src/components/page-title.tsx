import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to `<title> – INGO Hub`. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}

/** A page heading that also sets the browser tab title; `extra` sits on the right (buttons). */
export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
