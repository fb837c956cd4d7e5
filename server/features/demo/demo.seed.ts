import type { AppConfig } from '../../config/env';
import { ANONYMOUS } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';
import type { Deps } from '../../platform/deps';
import { countUsers } from '../accounts/accounts.repo';
import { createUser } from '../accounts/users.service';
import { appendAudit } from '../audit/audit.service';
import { createUnit, findUnitByCode } from '../units/units.service';
import { DEMO_NGOS } from './demo-ngos';
import { seedDemoRegistry } from './demo-registry.seed';
import { seedDemoReporting } from './demo-reporting.seed';
import { seedDemoTasks } from './demo-tasks.seed';

/**
 * Departments of Huế that its focal unit asks for internal opinions (brief §1.2: provincial police, finance, line
 * departments). Real provinces register theirs in the app; the demo has two.
 */
export const DEMO_DEPARTMENTS = [
  { code: 'PROV-46-CA', parentCode: 'PROV-46', provinceCode: '46', nameVi: 'Công an thành phố Huế', nameEn: 'Huế City Police' },
  { code: 'PROV-46-STC', parentCode: 'PROV-46', provinceCode: '46', nameVi: 'Sở Tài chính thành phố Huế', nameEn: 'Huế Department of Finance' },
] as const;

/** The demo accounts: one per role, with the usernames the README documents. */
export const DEMO_ACCOUNTS: { username: string; fullName: string; role: Role; unitCode: string }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'system_admin', unitCode: 'MOFA' },
  { username: 'mofa.officer', fullName: 'Nguyễn Thị Lan', role: 'mofa_officer', unitCode: 'COMINGO' },
  { username: 'mofa.leader', fullName: 'Trần Văn Minh', role: 'mofa_leader', unitCode: 'MOFA' },
  { username: 'police.focal', fullName: 'Lê Quang Huy', role: 'agency_focal', unitCode: 'MPS' },
  { username: 'finance.viewer', fullName: 'Phạm Thu Hà', role: 'agency_viewer', unitCode: 'MOF' },
  { username: 'hue.focal', fullName: 'Hoàng Đức Anh', role: 'agency_focal', unitCode: 'PROV-46' },
  { username: 'hue.police', fullName: 'Võ Thị Thanh', role: 'agency_focal', unitCode: 'PROV-46-CA' },
  { username: 'ngo.demo', fullName: 'Sarah Johnson', role: 'ngo_representative', unitCode: DEMO_NGOS[0]!.code },
];

/**
 * Seed policy: 'auto' seeds only the embedded database; 'true' seeds any database; never when users exist
 * (checked again inside seedDemoData), so it never runs twice and never touches a populated database.
 */
export function shouldSeedDemo(config: Pick<AppConfig, 'SEED_DEMO' | 'databaseKind'>): boolean {
  if (config.SEED_DEMO === 'false') return false;
  if (config.SEED_DEMO === 'true') return true;
  return config.databaseKind === 'pglite';
}

/**
 * Creates the demo NGO units, the demo registry (32 NGOs with certificates) and the demo accounts on a database
 * that has no users yet. Passwords are
 * SEED_DEMO_PASSWORD when set, otherwise random one-time passwords printed once. Returns the accounts
 * created (empty when the database already had users).
 */
export async function seedDemoData(deps: Pick<Deps, 'db' | 'clock' | 'config' | 'log'>, options: { print?: boolean } = {}) {
  if ((await countUsers(deps.db)) > 0) {
    deps.log?.info('demo data not seeded: the database already has users');
    return [];
  }
  const ctx = { actor: { ...ANONYMOUS, username: 'system' }, requestId: 'seed:demo', ip: 'internal' };
  for (const ngo of DEMO_NGOS) {
    if (await findUnitByCode(deps.db, ngo.code)) continue;
    await deps.db.transaction(async (tx) => {
      const unit = await createUnit(tx, { code: ngo.code, kind: 'ngo', nameVi: ngo.nameVi, nameEn: ngo.nameEn, abbreviation: ngo.abbreviation });
      await appendAudit(tx, ctx, { action: 'unit.create', entityType: 'org_unit', entityId: unit.id, after: { code: unit.code, kind: unit.kind } });
    });
  }
  for (const department of DEMO_DEPARTMENTS) {
    if (await findUnitByCode(deps.db, department.code)) continue;
    const parent = await findUnitByCode(deps.db, department.parentCode);
    await deps.db.transaction(async (tx) => {
      const unit = await createUnit(tx, { code: department.code, kind: 'province', nameVi: department.nameVi, nameEn: department.nameEn, parentId: parent?.id ?? null, provinceCode: department.provinceCode });
      await appendAudit(tx, ctx, { action: 'unit.create', entityType: 'org_unit', entityId: unit.id, after: { code: unit.code, kind: unit.kind, parent: department.parentCode } });
    });
  }
  await seedDemoRegistry(deps, ctx);
  await seedDemoTasks(deps);
  const created: { username: string; role: Role; password: string }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const unit = await findUnitByCode(deps.db, account.unitCode);
    if (!unit) throw new Error(`demo seed: unit ${account.unitCode} is missing (reference migration not applied?)`);
    const result = await createUser(
      deps,
      ctx,
      { username: account.username, fullName: account.fullName, role: account.role, unitId: unit.id, email: `${account.username}@demo.ingohub.vn` },
      deps.config.SEED_DEMO_PASSWORD,
    );
    created.push({ username: account.username, role: account.role, password: result.oneTimePassword });
  }
  await seedDemoReporting(deps);
  if (options.print) {
    const width = Math.max(...created.map((c) => c.username.length));
    const lines = created.map((c) => `  ${c.username.padEnd(width)}  ${c.password}   (${c.role})`);
    console.log(
      `\nDemo accounts (one-time passwords: each must be changed at first login)\nTài khoản demo (mật khẩu dùng một lần, phải đổi khi đăng nhập lần đầu):\n${lines.join('\n')}\n`,
    );
  }
  return created;
}
