import { Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ProvinceMap } from '../../../components/province-map/province-map';
import type { DashboardOverview, PublicStatistics } from '../api';
import { compactAmount, share, toBars, toMapValues, type NamedCount } from '../chart-data';
import { ChartCard } from './chart-card';

const BLUE = '#1f4e8c';
const GREEN = '#389e0d';
const ORANGE = '#d46b08';
const RED = '#cf1322';
const GREY = '#8c8c8c';

/** A horizontal bar chart of named counts (countries, fields). */
function CountBars({ rows, color = BLUE }: { rows: readonly NamedCount[]; color?: string }) {
  const { t, i18n } = useTranslation();
  const data = toBars(rows, i18n.language, t('dashboards.others'));
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, data.length * 24 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip />
        <Bar dataKey="value" name={t('dashboards.ngos')} fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The charts shared by the internal dashboard and the public statistics page (the data decides what shows). */
export function DashboardCharts({ data, isPublic }: { data: DashboardOverview | PublicStatistics; isPublic: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const full = 'certificateExpiries' in data ? data : null;
  const aid = data.aidByYear.map((r) => ({ year: String(r.year), committed: r.committedUsd, disbursed: r.disbursedUsd }));
  const statuses = data.certificatesByStatus.map((r) => ({ label: t(`registry.status.${r.status}`, { defaultValue: r.status }), value: r.count }));
  const amount = (v: number) => compactAmount(v, i18n.language);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard chart="ngosByProvince" title={t('dashboards.charts.ngosByProvince')} isPublic={isPublic} isEmpty={!data.ngosByProvince.length}>
          <ProvinceMap
            values={toMapValues(data.ngosByProvince)}
            label={t('dashboards.charts.ngosByProvince')}
            unitLabel={t('dashboards.ngoUnit')}
            onSelect={(code) => void navigate(isPublic ? `/public/register?province=${code}` : `/registry?province=${code}`)}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <ChartCard chart="ngosByCountry" title={t('dashboards.charts.ngosByCountry')} isPublic={isPublic} isEmpty={!data.ngosByCountry.length}>
              <CountBars rows={data.ngosByCountry} />
            </ChartCard>
          </Col>
        </Row>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard chart="ngosByField" title={t('dashboards.charts.ngosByField')} isPublic={isPublic} isEmpty={!data.ngosByField.length}>
          <CountBars rows={data.ngosByField} color={GREEN} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard chart="aidByYear" title={t('dashboards.charts.aidByYear')} isPublic={isPublic} isEmpty={!aid.length}>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={aid}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis tickFormatter={amount} width={60} />
              <Tooltip formatter={(v) => `${new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'vi').format(Number(v))} USD`} />
              <Legend />
              <Bar dataKey="committed" name={t('dashboards.committed')} fill={BLUE} isAnimationActive={false} />
              <Bar dataKey="disbursed" name={t('dashboards.disbursed')} fill={GREEN} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard chart="certificatesByStatus" title={t('dashboards.charts.certificatesByStatus')} isPublic={isPublic} isEmpty={!statuses.length}>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={statuses}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="value" name={t('dashboards.certificates')} fill={BLUE} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </Col>
      {full && (
        <Col xs={24} xl={12}>
          <ChartCard chart="certificateExpiries" title={t('dashboards.charts.certificateExpiries')} isPublic={false}>
            <Row gutter={16}>
              {full.certificateExpiries.map((e) => (
                <Col span={8} key={e.withinDays}>
                  <Statistic title={t('dashboards.withinDays', { count: e.withinDays })} value={e.count} styles={{ content: { color: e.withinDays <= 30 ? RED : e.withinDays <= 90 ? ORANGE : BLUE } }} />
                </Col>
              ))}
            </Row>
          </ChartCard>
        </Col>
      )}
      {full?.dossierTimeliness && (
        <Col xs={24} xl={12}>
          <ChartCard chart="dossierTimeliness" title={t('dashboards.charts.dossierTimeliness')} isPublic={false} isEmpty={!full.dossierTimeliness.length}>
            <ResponsiveContainer width="100%" height={280}>
              <BarChart data={full.dossierTimeliness.map((d) => ({ ...d, label: t(`dossiers.procedureNames.${d.procedure}`, { defaultValue: d.procedure }) }))} layout="vertical" margin={{ left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 11 }} interval={0} />
                <Tooltip />
                <Legend />
                <Bar dataKey="openOnTime" stackId="a" name={t('dashboards.dossiers.openOnTime')} fill={GREEN} isAnimationActive={false} />
                <Bar dataKey="openOverdue" stackId="a" name={t('dashboards.dossiers.openOverdue')} fill={RED} isAnimationActive={false} />
                <Bar dataKey="closedOnTime" stackId="a" name={t('dashboards.dossiers.closedOnTime')} fill={BLUE} isAnimationActive={false} />
                <Bar dataKey="closedLate" stackId="a" name={t('dashboards.dossiers.closedLate')} fill={ORANGE} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        </Col>
      )}
      {full && (
        <Col xs={24} xl={12}>
          <ChartCard chart="consultationTimeliness" title={t('dashboards.charts.consultationTimeliness')} isPublic={false} isEmpty={!full.consultationTimeliness.totals.received}>
            <Row gutter={16} style={{ marginBottom: 12 }}>
              {(['onTime', 'late', 'missing', 'pending'] as const).map((k) => (
                <Col span={6} key={k}>
                  <Statistic
                    title={t(`dashboards.consultations.${k}`)}
                    value={full.consultationTimeliness.totals[k]}
                    suffix={<small>({share(full.consultationTimeliness.totals[k], full.consultationTimeliness.totals.received)}%)</small>}
                    styles={{ content: { color: k === 'onTime' ? GREEN : k === 'late' ? ORANGE : k === 'missing' ? RED : GREY } }}
                  />
                </Col>
              ))}
            </Row>
            <ResponsiveContainer width="100%" height={Math.max(160, full.consultationTimeliness.byAgency.length * 22 + 40)}>
              <BarChart data={full.consultationTimeliness.byAgency.map((a) => ({ ...a, label: (i18n.language === 'en' ? a.nameEn : a.nameVi) ?? a.unitCode }))} layout="vertical">
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 11 }} interval={0} />
                <Tooltip />
                <Bar dataKey="onTime" stackId="c" name={t('dashboards.consultations.onTime')} fill={GREEN} isAnimationActive={false} />
                <Bar dataKey="late" stackId="c" name={t('dashboards.consultations.late')} fill={ORANGE} isAnimationActive={false} />
                <Bar dataKey="missing" stackId="c" name={t('dashboards.consultations.missing')} fill={RED} isAnimationActive={false} />
                <Bar dataKey="pending" stackId="c" name={t('dashboards.consultations.pending')} fill={GREY} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        </Col>
      )}
    </Row>
  );
}
