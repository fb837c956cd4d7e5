import { REP_OFFICE_CITY_CODES } from '../../../common/registry';
import type { RuleIssue } from './rule-issue';

/** What the representative-office rules need to know. */
export interface RepresentativeOfficeInput {
  /** Province code of the office city. */
  officeCityCode: string | null;
  /** Declared by MOFA data entry: the office is at the premises of a Party, State or socio-political body. */
  isAtPartyOrStatePremises: boolean;
  /** Representative offices of the same NGO that are still in force (other than the one being checked). */
  otherOfficesInForce: number;
}

/**
 * Representative-office rules of Decree 58/2022 Art. 8(2)-(3): an NGO has at most one representative office;
 * it is located only in Hà Nội ('01'), Đà Nẵng ('48') or TP Hồ Chí Minh ('79'); and never at the premises of
 * Party, State or socio-political organisations. Returns the broken rules (empty = fine).
 */
export function checkRepresentativeOffice(input: RepresentativeOfficeInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (input.otherOfficesInForce > 0) {
    issues.push({
      path: 'type',
      code: 'second_representative_office',
      message: { vi: 'Mỗi tổ chức chỉ được lập một Văn phòng đại diện — Điều 8 Nghị định 58/2022.', en: 'An NGO may have only one representative office — Decree 58/2022 Art. 8.' },
    });
  }
  if (!input.officeCityCode || !(REP_OFFICE_CITY_CODES as readonly string[]).includes(input.officeCityCode)) {
    issues.push({
      path: 'officeCityCode',
      code: 'office_city_not_allowed',
      message: {
        vi: 'Văn phòng đại diện chỉ được đặt tại Hà Nội, Đà Nẵng hoặc TP Hồ Chí Minh — Điều 8 Nghị định 58/2022.',
        en: 'A representative office may only be in Hà Nội, Đà Nẵng or Ho Chi Minh City — Decree 58/2022 Art. 8.',
      },
    });
  }
  if (input.isAtPartyOrStatePremises) {
    issues.push({
      path: 'isAtPartyOrStatePremises',
      code: 'office_at_state_premises',
      message: {
        vi: 'Văn phòng đại diện không được đặt tại trụ sở cơ quan Đảng, Nhà nước, tổ chức chính trị - xã hội — Điều 8 Nghị định 58/2022.',
        en: 'A representative office may not be at the premises of Party, State or socio-political bodies — Decree 58/2022 Art. 8.',
      },
    });
  }
  return issues;
}
