import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { StatisticsView } from '../components/statistics-view';

/** "Thống kê trả lời xin ý kiến" (MOFA, from the dossier queue): every agency's on-time, late and missing replies. */
export default function ConsultationStatisticsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('consultation.statistics.title')} />
      <StatisticsView />
    </>
  );
}
