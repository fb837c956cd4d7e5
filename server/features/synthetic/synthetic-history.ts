import { isRepresentativeOfficeType, type CertificateType, type DecisionStatus } from '../../../common/registry';
import { addDays } from '../../domain/calendar/iso-day';
import { addYears } from '../../domain/registry/validity';
import { RegistryBuilder, type PersonSpec, type SyntheticRows, type VersionChanges } from './synthetic-builder';
import { COUNTRY_PROFILES, type CountryProfile } from './synthetic-countries';
import { organizationNames } from './synthetic-names';
import { personName, type NameCulture } from './synthetic-people';
import { officeAddress, pickArea, pickAreas, pickPartners, provinceWithKind, vietnameseAddress, type AreaValue } from './synthetic-places';
import { Random } from './synthetic-random';
import { vnNormJs } from './synthetic-text';
import { FUNDING_SOURCES, HEAD_TITLES } from './synthetic-vocabulary';

/** Registry codes of synthetic NGOs start with this, so they can be told apart (and removed). */
export const SYNTHETIC_CODE_PREFIX = 'SYN-';
/** Decree 58/2022 took effect on 1 Nov 2022: certificates issued before are Decree 12/2012 (legacy) ones. */
const DECREE_58_FROM = '2022-11-01';

/** Shared state of one generation run (names and numbers must stay unique across all NGOs). */
export interface GeneratorContext {
  seed: number;
  today: string;
  /** Active field codes (a certificate may only name these). */
  fieldCodes: ReadonlySet<string>;
  usedEn: Set<string>;
  usedOriginal: Set<string>;
  /** Certificate numbers already taken, folded like vn_norm. */
  takenNumbers: Set<string>;
  /** Certificate numbers are drawn from [start, start + numberSpread): about 3 per NGO, so few draws collide. */
  numberSpread: number;
}

/** A generation context; `existing` lists the names and numbers already in the database. */
export function createContext(
  seed: number,
  today: string,
  fieldCodes: Iterable<string>,
  existing: { names: string[]; numbers: string[] } = { names: [], numbers: [] },
  expectedOrganizations = 1000,
): GeneratorContext {
  const folded = existing.names.map(vnNormJs);
  return {
    seed,
    today,
    fieldCodes: new Set(fieldCodes),
    usedEn: new Set(folded),
    usedOriginal: new Set(folded),
    takenNumbers: new Set(existing.numbers.map(vnNormJs)),
    numberSpread: Math.max(2000, expectedOrganizations * 3),
  };
}

const NUMBER_FORMAT: Record<CertificateType, [suffix: string, start: number]> = {
  operation: ['GĐKHĐ-BNG', 200],
  rep_office: ['GĐKVPĐD-BNG', 100],
  legacy_operation: ['CNĐKHĐ-UBPCP', 2000],
  legacy_project_office: ['GĐKVPDA-UBPCP', 1000],
  legacy_rep_office: ['GĐKVPĐD-UBPCP', 1000],
};

/** A free certificate number in MOFA's style ("112/GĐKHĐ-BNG", "1542/CNĐKHĐ-UBPCP"), above the demo register's. */
function nextNumber(r: Random, ctx: GeneratorContext, type: CertificateType): string {
  const [suffix, start] = NUMBER_FORMAT[type];
  for (;;) {
    const number = `${r.int(start, start + ctx.numberSpread)}/${suffix}`;
    const key = vnNormJs(number);
    if (!ctx.takenNumbers.has(key)) {
      ctx.takenNumbers.add(key);
      return number;
    }
  }
}

const decisionNo = (r: Random) => `${String(r.int(1, 999)).padStart(3, '0')}/QĐ-BNG`;
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
const CULTURE_COUNTRY: Partial<Record<NameCulture, string[]>> = { en: ['US', 'GB', 'AU', 'CA'], de: ['DE', 'AT', 'CH'], fr: ['FR', 'BE'], nl: ['NL'], nordic: ['SE', 'NO', 'DK'], es: ['ES'], it: ['IT'], ja: ['JP'], ko: ['KR'], zh: ['SG'] };

function passportNumber(r: Random, nationality: string): string {
  switch (nationality) {
    case 'VN': return `${r.pick(['B', 'C'])}${r.digits(7)}`;
    case 'US': case 'GB': case 'DK': return r.digits(9);
    case 'DE': return `C${r.digits(8)}`;
    case 'FR': case 'BE': return `${r.digits(2)}${String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25))}${r.digits(5)}`;
    case 'JP': return `T${String.fromCharCode(65 + r.int(0, 25))}${r.digits(7)}`;
    case 'KR': return `M${r.digits(8)}`;
    default: return `${String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25))}${r.digits(7)}`;
  }
}

/** A new representative or staff member: Vietnamese in three cases out of ten, otherwise mostly a compatriot. */
function newPerson(r: Random, country: CountryProfile, on: string, provinceCode: string, role: PersonSpec['role']): PersonSpec {
  const culture: NameCulture = r.chance(0.3) ? 'vi' : r.chance(0.06) ? r.pick(['en', 'de', 'fr', 'ja', 'ko', 'nordic'] as const) : country.culture;
  const nationality = culture === 'vi' ? 'VN' : culture === country.culture ? country.code : r.pick(CULTURE_COUNTRY[culture] ?? ['US']);
  const { fullName, gender } = personName(r, culture);
  return {
    role,
    fullName,
    nationality,
    dateOfBirth: r.day('1958-01-01', '1996-12-31'),
    gender,
    passportNumber: passportNumber(r, nationality),
    passportExpiresOn: r.day(addDays(on, 365), addDays(on, 3650)),
    address: vietnameseAddress(r, provinceCode),
    fromDate: null,
    toDate: null,
  };
}

function certificateFields(r: Random, ctx: GeneratorContext, base: readonly string[]): string[] {
  const fields = new Set(base);
  if (r.chance(0.25)) fields.add(r.pick([...ctx.fieldCodes]));
  const active = [...fields].filter((f) => ctx.fieldCodes.has(f)).slice(0, 4);
  return active.length ? active : [ctx.fieldCodes.has('other') ? 'other' : [...ctx.fieldCodes][0]!];
}

/** What an amendment or a supplement changes (null when nothing sensible can change). */
function versionChanges(r: Random, ctx: GeneratorContext, kind: 'amended' | 'supplemented', state: { areas: AreaValue[]; fields: string[]; officeCityCode: string | null }, country: CountryProfile, on: string): VersionChanges | null {
  const taken = new Set(state.areas.map((a) => a.provinceCode));
  const roll = r.next();
  if (kind === 'supplemented') {
    if (roll < 0.6) {
      const added = pickArea(r, on, taken);
      return added ? { areas: [...state.areas, added] } : null;
    }
    const extra = [...ctx.fieldCodes].filter((f) => !state.fields.includes(f));
    return extra.length && state.fields.length < 5 ? { fields: [...state.fields, r.pick(extra)] } : null;
  }
  if (roll < 0.4) return { representative: newPerson(r, country, on, r.pick(state.areas).provinceCode, 'representative') };
  if (roll < 0.6 && state.officeCityCode) return { officeAddress: officeAddress(r, state.officeCityCode) };
  const keep = state.areas.filter((a) => a.provinceCode !== state.officeCityCode);
  if (roll < 0.85 && keep.length > 1) {
    const dropped = r.pick(keep);
    const added = pickArea(r, on, taken);
    return { areas: [...state.areas.filter((a) => a !== dropped), ...(added ? [added] : [])] };
  }
  const added = pickArea(r, on, taken);
  return added ? { areas: [...state.areas, added] } : null;
}

const SUSPENSION_REASONS = [
  'Hoạt động ngoài địa bàn được cấp phép / Activities outside the registered areas',
  'Không nộp báo cáo hoạt động hằng năm / Annual activity reports not submitted',
  'Hoạt động không đúng lĩnh vực được cấp phép / Activities outside the registered fields',
];

/**
 * Status decisions after the last version: a few suspensions (some lifted, some followed by termination or
 * revocation), a few direct terminations and revocations. Returns the certificate's decided status at the end.
 */
function decide(r: Random, b: RegistryBuilder, id: string, from: string, to: string, provinceCode: string): { status: DecisionStatus; on: string } {
  const none = { status: 'in_force' as const, on: '' };
  if (from > to) return none;
  const roll = r.next();
  const proposer = r.chance(0.5) ? 'Bộ Công an' : `Ủy ban nhân dân ${provinceWithKind(provinceCode)}`;
  if (roll < 0.045) {
    const suspended = r.day(from, to);
    b.recordDecision(id, 'suspended', suspended, decisionNo(r), r.pick(SUSPENSION_REASONS), proposer);
    const later = addDays(suspended, 14);
    if (later > to) return { status: 'suspended', on: suspended };
    const next = r.next();
    const on = r.day(later, min(to, addDays(suspended, 365)));
    if (next < 0.45) b.recordDecision(id, 'in_force', on, decisionNo(r), 'Đã khắc phục vi phạm / Breaches remedied', null);
    else if (next < 0.6) b.recordDecision(id, 'terminated', on, decisionNo(r), 'Không khắc phục vi phạm trong thời hạn / Breaches not remedied in time', proposer);
    else if (next < 0.7) b.recordDecision(id, 'revoked', on, decisionNo(r), 'Vi phạm nghiêm trọng pháp luật Việt Nam / Serious breach of Vietnamese law', proposer);
    else return { status: 'suspended', on: suspended };
    return { status: next < 0.45 ? 'in_force' : next < 0.6 ? 'terminated' : 'revoked', on };
  }
  const on = r.day(from, to);
  if (roll < 0.055) {
    b.recordDecision(id, 'terminated', on, decisionNo(r), 'Tổ chức đề nghị chấm dứt hoạt động tại Việt Nam / The NGO asked to end its operation in Vietnam', null);
    return { status: 'terminated', on };
  }
  if (roll < 0.06) {
    b.recordDecision(id, 'revoked', on, decisionNo(r), 'Vi phạm pháp luật Việt Nam theo đề nghị của cơ quan chức năng / Breach of Vietnamese law reported by the authorities', proposer);
    return { status: 'revoked', on };
  }
  return none;
}

/**
 * Generates NGO number `index` (0-based) with its whole history into `out`: identity, people, partners, a chain
 * of certificates (Decree 12/2012 ones before Nov 2022, then Decree 58/2022 ones, each issued → amended /
 * supplemented / re-issued → extended), status decisions and a profile snapshot after every step. The same
 * seed, index and day give the same rows.
 */
export function generateOrganization(ctx: GeneratorContext, index: number, out: SyntheticRows): void {
  const r = new Random(ctx.seed, index + 1);
  const today = ctx.today;
  const country = r.weighted(COUNTRY_PROFILES.map((c) => [c, c.weight] as const));
  const names = organizationNames(r, country, ctx.usedEn, ctx.usedOriginal);
  const firstIssue = r.chance(0.5) ? r.day('2008-01-01', addDays(DECREE_58_FROM, -1)) : r.day(DECREE_58_FROM, addDays(today, -20));
  const createdOn = addDays(firstIssue, -r.int(0, 45));
  const homeExpires = r.chance(0.15) ? r.day(addDays(today, -150), addDays(today, 6 * 365)) : null;
  const city = r.pick(country.cities)[0];
  const slug = vnNormJs(names.abbreviation ?? names.nameEn.split(' ').slice(0, 3).join('')).replace(/[^a-z0-9]/g, '') || 'ngo';
  const head = personName(r, country.culture);
  const theme = names.themes[0]!;
  const org = {
    id: r.uuid(),
    registryCode: `${SYNTHETIC_CODE_PREFIX}${String(index + 1).padStart(6, '0')}`,
    unitId: null,
    nameOriginal: names.nameOriginal,
    nameEn: names.nameEn,
    nameVi: names.nameVi,
    abbreviation: names.abbreviation,
    countryCode: country.code,
    legalForm: names.legalForm,
    legalDocType: country.legalDoc[0],
    legalDocNumber: country.legalDoc[2](r),
    legalDocIssuer: country.legalDoc[1](city),
    legalDocIssuedOn: r.day('1970-01-01', addDays(createdOn, -400)),
    homeRegistrationExpiresOn: homeExpires,
    hqAddress: country.address(r, r.pick(country.streets), city),
    phone: `${country.phone} ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`,
    email: `info@${slug}${index}.${country.tld}`,
    website: `https://www.${slug}${index}.${country.tld}`,
    headName: head.fullName,
    headTitle: r.pick(HEAD_TITLES),
    headNationality: country.code,
    purposes: theme.purpose,
    fundingSources: r.pick(FUNDING_SOURCES),
    status: 'active' as const,
    currentCertificateId: null,
    searchKeywords: '',
    peopleText: '',
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
  const b = new RegistryBuilder(out, org, () => r.uuid());
  const baseFields = [...new Set([...theme.fields, ...names.fields])];
  const firstAreas = pickAreas(r, firstIssue);
  const staff = r.chance(0.12) ? [{ ...newPerson(r, country, createdOn, firstAreas[0]!.provinceCode, 'staff'), fromDate: createdOn }] : [];
  b.create(createdOn, staff, pickPartners(r, firstAreas.map((a) => a.provinceCode)));

  let day = firstIssue;
  let previous: string | null = null;
  for (let k = 0; k < 5 && day <= today && r.chance(k === 0 ? 0.99 : 1); k++) {
    const legacy = day < DECREE_58_FROM;
    const type: CertificateType = legacy
      ? r.weighted([['legacy_operation', 60], ['legacy_project_office', 25], ['legacy_rep_office', 15]] as const)
      : r.weighted([['operation', 82], ['rep_office', 18]] as const);
    const years = legacy ? r.pick([3, 5, 5]) : type === 'rep_office' ? 5 : r.weighted([[3, 80], [2, 15], [1, 5]] as const);
    let validTo = addDays(addYears(day, years), -1);
    if (homeExpires) {
      if (homeExpires <= addDays(day, 180)) break;
      validTo = min(validTo, homeExpires);
    }
    const officeCityCode = isRepresentativeOfficeType(type) ? r.weighted([['01', 50], ['79', 35], ['48', 15]] as const) : null;
    const areas = k === 0 && !officeCityCode ? firstAreas : pickAreas(r, day, officeCityCode ?? undefined);
    const reuse = previous && r.chance(0.35) ? b.representativeOf(previous) : null;
    const number = nextNumber(r, ctx, type);
    const id = b.recordCertificate({
      type,
      number,
      issuedOn: day,
      validTo,
      decisionNumber: `${number.split('/')[0]}/QĐ-${legacy ? 'UBPCP' : 'BNG'}`,
      officeCityCode,
      officeAddress: officeCityCode ? officeAddress(r, officeCityCode) : type === 'legacy_project_office' ? vietnameseAddress(r, areas[0]!.provinceCode) : null,
      representative: reuse ? { existingId: reuse } : newPerson(r, country, day, r.pick(areas).provinceCode, 'representative'),
      areas,
      fields: certificateFields(r, ctx, baseFields),
    });
    previous = id;
    let end = validTo;
    let last = day;
    if (!legacy) {
      for (let extensions = 0; ; ) {
        const amendments = r.weighted([[0, 43], [1, 34], [2, 16], [3, 7]] as const);
        for (let i = 0; i < amendments; i++) {
          const from = addDays(last, 30);
          const to = min(today, addDays(end, -61));
          if (from > to) break;
          const on = r.day(from, to);
          const kind = r.weighted([['amended', 45], ['supplemented', 40], ['reissued', 15]] as const);
          if (kind === 'reissued') b.addVersion(id, kind, on, decisionNo(r), {}, 'Cấp lại do bị mất, hư hỏng / Re-issued after loss or damage');
          else {
            const changes = versionChanges(r, ctx, kind, b.stateOf(id), country, on);
            if (!changes) continue;
            b.addVersion(id, kind, on, decisionNo(r), changes);
          }
          last = on;
        }
        const windowFrom = max(addDays(end, -60), addDays(last, 1));
        const windowTo = min(addDays(end, -1), today);
        if (extensions >= 2 || windowFrom > windowTo || !r.chance(0.5)) break;
        const on = r.day(windowFrom, windowTo);
        let extendedTo = addDays(addYears(on, type === 'rep_office' ? 5 : 3), -1);
        if (homeExpires) extendedTo = min(extendedTo, homeExpires);
        if (extendedTo <= end) break;
        b.addVersion(id, 'extended', on, decisionNo(r), { validTo: extendedTo });
        end = extendedTo;
        last = on;
        extensions++;
      }
      const decided = decide(r, b, id, addDays(last, 1), min(today, end), areas[0]!.provinceCode);
      if (decided.status !== 'in_force') break;
      last = max(last, decided.on);
    }
    if (r.chance(0.22)) break;
    const next = addDays(end, isRepresentativeOfficeType(type) ? r.int(1, 200) : r.int(-20, 200));
    day = next > last ? next : addDays(last, 1);
  }
  b.finish();
}
