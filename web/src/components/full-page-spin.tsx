import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner used while the session or a lazy route loads. */
export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: '50vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
