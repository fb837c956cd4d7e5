import type { Actor } from '../../domain/access/policy';
import { fixedClock } from '../../platform/clock';
import type { Deps } from '../../platform/deps';
import { findUserByUsername } from '../accounts/accounts.repo';
import { closeCampaign, createCampaign } from '../reporting/campaigns.service';
import { listMyReports, saveDraft, startDraft, submitReport } from '../reporting/reports.service';
import { findUnitByCode } from '../units/units.service';

type Line = { provinceCode: string; currency: string; committed: number; disbursed: number };

/** A demo NGO's filing: when, with which aid lines, and optionally an amendment a few days later. */
interface DemoFiling {
  ngoCode: string;
  on: string;
  title: string;
  lines: Line[];
  staff: [number, number];
  amendOn?: string;
  amendLines?: Line[];
}

const FILINGS_2025: DemoFiling[] = [
  { ngoCode: 'NGO-DEMO-001', on: '2025-12-10', title: 'Chương trình chăm sóc sức khỏe trẻ em', staff: [3, 18], lines: [{ provinceCode: '46', currency: 'USD', committed: 420000, disbursed: 365000 }, { provinceCode: '44', currency: 'USD', committed: 150000, disbursed: 120000 }] },
  { ngoCode: 'NGO-DEMO-002', on: '2025-12-16', title: 'Dự án nước sạch và vệ sinh môi trường', staff: [2, 11], lines: [{ provinceCode: '92', currency: 'AUD', committed: 600000, disbursed: 540000 }, { provinceCode: '86', currency: 'AUD', committed: 200000, disbursed: 150000 }] },
  { ngoCode: 'NGO-DEMO-003', on: '2025-12-24', title: 'Hỗ trợ giáo dục hòa nhập cho người khuyết tật', staff: [1, 9], lines: [{ provinceCode: '01', currency: 'EUR', committed: 250000, disbursed: 240000 }, { provinceCode: '46', currency: 'EUR', committed: 90000, disbursed: 70000 }] },
  { ngoCode: 'NGO-DEMO-004', on: '2025-12-17', title: 'Phát triển sinh kế nông thôn', staff: [2, 7], lines: [{ provinceCode: '80', currency: 'EUR', committed: 310000, disbursed: 280000 }] },
];

const FILINGS_2026: DemoFiling[] = [
  {
    ngoCode: 'NGO-DEMO-002',
    on: '2026-11-20',
    title: 'Dự án nước sạch và vệ sinh môi trường',
    staff: [2, 12],
    lines: [{ provinceCode: '92', currency: 'AUD', committed: 650000, disbursed: 500000 }, { provinceCode: '91', currency: 'AUD', committed: 180000, disbursed: 90000 }],
    amendOn: '2026-11-27',
    amendLines: [{ provinceCode: '92', currency: 'AUD', committed: 650000, disbursed: 560000 }, { provinceCode: '91', currency: 'AUD', committed: 180000, disbursed: 95000 }],
  },
  { ngoCode: 'NGO-DEMO-003', on: '2026-12-01', title: 'Hỗ trợ giáo dục hòa nhập cho người khuyết tật', staff: [1, 10], lines: [{ provinceCode: '01', currency: 'EUR', committed: 270000, disbursed: 200000 }, { provinceCode: '37', currency: 'EUR', committed: 60000, disbursed: 45000 }] },
];

type Ctx = { actor: Actor; requestId: string; ip: string };

/** Files a demo report through the real workflow (draft → save → submit), on the filing day. */
async function file(deps: Pick<Deps, 'db'>, ctx: Ctx, obligationId: string, filing: DemoFiling, day: string, lines: Line[], reason?: string) {
  const d = { db: deps.db, clock: fixedClock(new Date(`${day}T03:00:00Z`)) };
  const draft = await startDraft(d, ctx, obligationId, reason ? { amendmentReason: reason } : {});
  const content = draft.content as { items: { fieldCodes: string[]; vietnamesePartners: unknown[] }[] };
  const first = content.items[0];
  await saveDraft(d, ctx, obligationId, {
    content: {
      items: [{ kind: 'project', titleVi: filing.title, fieldCodes: first?.fieldCodes ?? [], vietnamesePartners: first?.vietnamesePartners ?? [], lines, beneficiaries: { description: 'Người dân tại địa bàn dự án', count: 1500 } }],
      staff: { foreign: filing.staff[0], vietnamese: filing.staff[1] },
      difficulties: 'Thủ tục phê duyệt khoản viện trợ còn kéo dài.',
      nextYearPlan: 'Tiếp tục triển khai và mở rộng địa bàn theo giấy đăng ký.',
      contact: { name: 'Văn phòng dự án', email: 'contact@example.org' },
    },
    amendmentReason: reason ?? null,
  });
  await submitReport(d, ctx, obligationId, { amendmentReason: reason ?? null });
}

/**
 * Demo reporting data (issue 7): the closed 2025 campaign (four NGOs filed, one of them late; one never filed) and
 * the open "Báo cáo định kỳ năm 2026 / Annual report 2026" (due 18/12/2026) where one NGO filed and amended and
 * another filed; the demo NGO account (NGO-DEMO-001) still has its 2026 report to file. Paper reports of NGOs
 * without an account are keyed in by MOFA in real life; here they are filed on the NGO's behalf by the seed.
 */
export async function seedDemoReporting(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  const admin = await findUserByUsername(deps.db, 'admin');
  const mofa = await findUnitByCode(deps.db, 'MOFA');
  if (!admin || !mofa) return;
  const base = { username: 'system', mustChangePassword: false, provinceCode: null, userId: admin.user.id };
  const mofaCtx: Ctx = { actor: { ...base, role: 'system_admin', unitId: mofa.id, unitKind: 'mofa' }, requestId: 'seed:demo', ip: 'internal' };
  const ngoCtx = async (code: string): Promise<Ctx> => ({ actor: { ...base, role: 'ngo_representative', unitId: (await findUnitByCode(deps.db, code))!.id, unitKind: 'ngo' }, requestId: 'seed:demo', ip: 'internal' });

  const seedCampaign = async (year: number, titles: { titleVi: string; titleEn: string } | undefined, filings: DemoFiling[]) => {
    const created = await createCampaign(deps, mofaCtx, { form: 'ngo_annual', reportingYear: year, obligated: 'ngos_with_valid_certificate', ...titles });
    for (const filing of filings) {
      const ctx = await ngoCtx(filing.ngoCode);
      const report = (await listMyReports(deps, ctx.actor)).find((r) => r.campaign.id === created.campaign.id);
      if (!report) continue;
      await file(deps, ctx, report.obligationId, filing, filing.on, filing.lines);
      if (filing.amendOn && filing.amendLines) await file(deps, ctx, report.obligationId, filing, filing.amendOn, filing.amendLines, 'Cập nhật số giải ngân cuối kỳ');
    }
    return created.campaign;
  };

  const campaign2025 = await seedCampaign(2025, undefined, FILINGS_2025);
  await closeCampaign(deps, mofaCtx, campaign2025.id);
  await seedCampaign(2026, { titleVi: 'Báo cáo định kỳ năm 2026', titleEn: 'Annual report 2026' }, FILINGS_2026);
}
