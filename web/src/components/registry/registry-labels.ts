import type { TFunction } from 'i18next';
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, type CertificateStatus, type CertificateType } from '../../../../common/registry';
import { foldVietnamese } from '../text';

export { CERTIFICATE_STATUSES, CERTIFICATE_TYPES };
export type { CertificateStatus, CertificateType };

/** Tag colour of each certificate status: green in force, grey expired, orange suspended, red ended. */
export const STATUS_COLORS: Record<CertificateStatus, string> = {
  valid: 'green',
  expired: 'default',
  suspended: 'orange',
  terminated: 'red',
  revoked: 'magenta',
};

/** The label of a certificate status ("Còn hiệu lực" / "Valid"). */
export function certificateStatusLabel(t: TFunction, status: CertificateStatus): string {
  return t(`registry.status.${status}`);
}

/**
 * The label of a certificate type: operation certificate (Giấy đăng ký hoạt động), representative office
 * certificate (Giấy đăng ký lập Văn phòng đại diện), and the legacy Decree 12/2012 types.
 */
export function certificateTypeLabel(t: TFunction, type: CertificateType): string {
  return t(`registry.types.${type}`);
}

/** Folds a province name and drops "tỉnh" / "thành phố" / "TP." so "TP. Hồ Chí Minh" equals "Thành phố Hồ Chí Minh". */
function provinceKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[.,]/g, ' ')
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A certificate area as the registry keeps it. */
export interface AreaLike {
  provinceCode: string;
  legacyProvinceCode: string | null;
  nameAsWritten: string | null;
}

/**
 * How an area is shown: today's province, preceded by the name written on the certificate when that names
 * another (pre-2025) province — "Quảng Nam → Đà Nẵng" (conventions §5).
 */
export function areaLabel(area: AreaLike, names: { province: (code: string) => string; legacyProvince: (code: string) => string }): string {
  const today = names.province(area.provinceCode);
  const written = area.nameAsWritten ?? (area.legacyProvinceCode ? names.legacyProvince(area.legacyProvinceCode) : null);
  if (!written || provinceKey(written) === provinceKey(today)) return today;
  return `${written} → ${today}`;
}
