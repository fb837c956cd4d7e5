import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { areaLabel, type AreaLike } from './registry-labels';

interface AreaListProps {
  areas: readonly AreaLike[];
  names: { province: (code: string) => string; legacyProvince: (code: string) => string };
}

/**
 * The provinces of a certificate: today's province, and where the certificate names a pre-2025 province,
 * that name as written before it ("Quảng Nam → Đà Nẵng").
 */
export function AreaList({ areas, names }: AreaListProps) {
  const { t } = useTranslation();
  if (areas.length === 0) return <span>{t('common.empty')}</span>;
  return (
    <Flex wrap gap={6} data-testid="area-list">
      {areas.map((area, index) => {
        const label = areaLabel(area, names);
        const isHistorical = label.includes('→');
        const tag = (
          <Tag key={`${area.provinceCode}-${index}`} color={isHistorical ? 'gold' : 'blue'} data-testid="area-item" style={{ marginInlineEnd: 0 }}>
            {label}
          </Tag>
        );
        return isHistorical ? (
          <Tooltip key={`${area.provinceCode}-${index}`} title={t('registry.profile.historicalAreaHint')}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </Flex>
  );
}
