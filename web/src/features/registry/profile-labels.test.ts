import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { diffFieldLabel, partnerKindLabel, timelineKindLabel } from './profile-labels';

describe('profile labels', () => {
  const t = i18n.getFixedT('vi');

  it('names known timeline events and the audit action of other record changes', () => {
    expect(timelineKindLabel(t, 'certificate.extended')).toBe('Gia hạn giấy đăng ký');
    expect(timelineKindLabel(t, 'record.certificate.decision.suspended')).toBe('Nhập quyết định đình chỉ');
    expect(timelineKindLabel(t, 'record.certificate.supplemented')).toBe('Nhập dữ liệu bổ sung giấy đăng ký');
    expect(timelineKindLabel(t, 'record.organization.merge')).toBe('Cập nhật dữ liệu (organization.merge)');
    expect(timelineKindLabel(t, 'something.else')).toBe('something.else');
  });

  it('keeps unknown field names and free-text partner kinds as they are', () => {
    expect(diffFieldLabel(t, 'validTo')).toBe('Hiệu lực đến');
    expect(diffFieldLabel(t, 'isAtPartyOrStatePremises')).toBe('isAtPartyOrStatePremises');
    expect(partnerKindLabel(t, 'state_agency')).toBe('Cơ quan nhà nước');
    expect(partnerKindLabel(t, 'Hợp tác xã')).toBe('Hợp tác xã');
  });
});
