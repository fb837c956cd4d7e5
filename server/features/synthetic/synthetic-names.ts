import { COUNTRIES } from '../reference/seed/countries';
import type { CountryProfile, OrgLanguage } from './synthetic-countries';
import { familyName, givenName } from './synthetic-people';
import type { Random } from './synthetic-random';
import { BENEFICIARIES, ENGLISH_ONLY_KINDS, KINDS, REGIONS, SPIRITS, THEMES, type Kind, type Theme } from './synthetic-vocabulary';
import { vnNormJs } from './synthetic-text';

/** The names of one synthetic NGO. */
export interface OrganizationNames {
  nameOriginal: string;
  nameEn: string;
  nameVi: string | null;
  abbreviation: string | null;
  legalForm: Kind['legalForm'];
  themes: Theme[];
  /** Extra fields implied by the name ("Hope for Girls" → gender). */
  fields: string[];
  language: OrgLanguage;
}

type Qualifier = { kind: 'country' } | { kind: 'city'; city: readonly [string, string?] } | { kind: 'region'; region: (typeof REGIONS)[number] } | { kind: 'none' };

const COUNTRY_VI = new Map(COUNTRIES.map((c) => [c.code, c.nameVi]));
const DE_IN: Record<string, string> = { Mekong: 'in der Mekong-Region', Asia: 'in Asien', 'Asia-Pacific': 'im Asien-Pazifik-Raum', 'Southeast Asia': 'in Südostasien', Vietnam: 'in Vietnam' };
const FR_IN: Record<string, string> = { Mekong: 'dans le bassin du Mékong', Asia: 'en Asie', 'Asia-Pacific': 'en Asie-Pacifique', 'Southeast Asia': 'en Asie du Sud-Est', Vietnam: 'au Vietnam' };
const SMALL_WORDS = new Set(['for', 'of', 'and', 'the', 'in', 'to']);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const deEnding = (gender: 'f' | 'm' | 'n') => ({ f: 'e', m: 'er', n: 'es' })[gender];

function qualifierOf(r: Random, country: CountryProfile): Qualifier {
  const roll = r.next();
  if (roll < 0.3) return { kind: 'country' };
  if (roll < 0.6) return { kind: 'city', city: r.pick(country.cities) };
  if (roll < 0.85) return { kind: 'region', region: r.pick(REGIONS) };
  return { kind: 'none' };
}

/** English qualifier words before the name ("American", "Osaka", "Mekong"), or after it for a region. */
function englishName(q: Qualifier, country: CountryProfile, core: string): string {
  if (q.kind === 'country') return `${country.adjEn} ${core}`;
  if (q.kind === 'city') return `${q.city[0]} ${core}`;
  if (q.kind === 'region') return (q.region.en === 'International' || q.region.en === 'Global') && !core.includes(' for ') ? `${core} ${q.region.en}` : `${q.region.en} ${core}`;
  return core;
}

function vietnameseName(q: Qualifier, country: CountryProfile, core: string): string {
  if (q.kind === 'country') return `${core} ${COUNTRY_VI.get(country.code)}`;
  if (q.kind === 'city') return `${core} ${q.city[0]}`;
  if (q.kind === 'region') return `${core} ${q.region.vi}`;
  return core;
}

/** The original-language name of a themed NGO ("Deutsche Stiftung für Kindergesundheit", "日本子ども健康財団"). */
function originalName(language: OrgLanguage, q: Qualifier, country: CountryProfile, kind: Kind, theme: Theme, en: string): string {
  switch (language) {
    case 'de': {
      const [word, gender] = kind.de;
      if (q.kind === 'country') return `${country.adjDe ?? 'Deutsch'}${deEnding(gender)} ${word} für ${theme.de}`;
      if (q.kind === 'city' && q.city[1]) return `${q.city[1]} ${word} für ${theme.de}`;
      if (q.kind === 'region') return DE_IN[q.region.en] ? `${word} für ${theme.de} ${DE_IN[q.region.en]}` : `${q.region.de}${deEnding(gender)} ${word} für ${theme.de}`;
      return `${word} für ${theme.de}`;
    }
    case 'fr': {
      const [word, gender] = kind.fr;
      const adj = country.adjFr ? country.adjFr[gender === 'f' ? 0 : 1] : 'internationale';
      if (q.kind === 'country') return `${word} ${adj} pour ${theme.fr}`;
      if (q.kind === 'city') return `${word} pour ${theme.fr} de ${q.city[0]}`;
      if (q.kind === 'region') return FR_IN[q.region.en] ? `${word} pour ${theme.fr} ${FR_IN[q.region.en]}` : `${word} ${gender === 'f' ? q.region.fr.toLowerCase() : q.region.fr.toLowerCase().replace(/e$/, '')} pour ${theme.fr}`;
      return `${word} pour ${theme.fr}`;
    }
    case 'nl':
      if (q.kind === 'region') return `${kind.nl} voor ${theme.nl} in ${q.region.en === 'Asia' ? 'Azië' : q.region.en === 'Southeast Asia' ? 'Zuidoost-Azië' : 'Vietnam'}`;
      return `Stichting ${capitalize(theme.nl)}${q.kind === 'city' ? ` ${q.city[0]}` : ''}`;
    case 'es':
    case 'it': {
      const [word, gender] = language === 'es' ? kind.es : kind.it;
      const adjs = language === 'es' ? country.adjEs : country.adjIt;
      const prep = language === 'es' ? 'para' : 'per';
      const theme_ = language === 'es' ? theme.es : theme.it;
      if (q.kind === 'country' && adjs) return `${word} ${adjs[gender === 'f' ? 0 : 1]} ${prep} ${theme_}`;
      if (q.kind === 'city') return `${word} ${q.city[0]} ${prep} ${theme_}`;
      if (q.kind === 'region') return `${word} ${language === 'es' ? 'Internacional' : 'Internazionale'} ${prep} ${theme_}`;
      return `${word} ${prep} ${theme_}`;
    }
    case 'ja': {
      const prefix = q.kind === 'country' ? (country.prefixJa ?? '') : q.kind === 'city' ? (q.city[1] ?? '') : q.kind === 'region' ? q.region.ja : '日越';
      return `${prefix}${theme.ja}${kind.ja}`;
    }
    case 'ko': {
      const prefix = q.kind === 'country' ? (country.prefixKo ?? '') : q.kind === 'city' ? (q.city[1] ?? '') : q.kind === 'region' ? q.region.ko : '한베';
      return `${prefix}${theme.ko}${kind.ko}`;
    }
    default:
      return en;
  }
}

function themedNames(r: Random, country: CountryProfile, language: OrgLanguage): Omit<OrganizationNames, 'abbreviation'> {
  const theme = r.pick(THEMES);
  const q = qualifierOf(r, country);
  const useEnglishOnly = language === 'en' && r.chance(0.2);
  // Dutch names outside the "… voor … in Azië" pattern are foundations ("Stichting Schoon Water").
  const kind = language === 'nl' && q.kind !== 'region' ? KINDS[0]! : r.pick(KINDS);
  const enKind = useEnglishOnly ? r.pick(ENGLISH_ONLY_KINDS) : kind;
  const forForm = language !== 'en' && language !== 'ja' && language !== 'ko' ? true : r.chance(0.3);
  const core = forForm ? `${enKind.en} for ${theme.enFor.replace(/^./, (c) => c.toUpperCase()).replace(/ ([a-z])/g, (_m, c: string) => ` ${c.toUpperCase()}`)}` : `${theme.en} ${enKind.en}`;
  const nameEn = fixSmallWords(englishName(q, country, core));
  const nameVi = vietnameseName(q, country, `${enKind.vi} ${theme.vi}`);
  const nameOriginal = language === 'en' ? nameEn : originalName(language, q, country, kind, theme, nameEn);
  return { nameOriginal, nameEn, nameVi, legalForm: enKind.legalForm, themes: [theme], fields: [], language };
}

function fixSmallWords(name: string): string {
  return name
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

function founderNames(r: Random, country: CountryProfile, withGiven: boolean): Omit<OrganizationNames, 'abbreviation'> {
  const theme = r.pick(THEMES);
  const family = familyName(r, country.culture);
  const given = withGiven ? `${givenName(r, country.culture, r.chance(0.5) ? 'female' : 'male')}${r.chance(0.3) ? ` and ${givenName(r, country.culture, 'female')}` : ''} ` : '';
  const style = r.int(0, 2);
  const nameEn = style === 0 ? `${given}${family} Family Foundation` : style === 1 ? `${given}${family} Foundation` : `${given}${family} Foundation for ${capitalizeWords(theme.enFor)}`;
  const viGiven = given.replace(' and ', ' và ');
  const nameVi = style === 0 ? `Quỹ Gia đình ${viGiven}${family}` : style === 1 ? `Quỹ ${viGiven}${family}` : `Quỹ ${viGiven}${family} vì ${theme.vi}`;
  const german = country.culture === 'de' && withGiven && !given.includes(' and ') && r.chance(0.7);
  const nameOriginal = german ? `${given.trim()}-${family}-Stiftung` : nameEn;
  return { nameOriginal, nameEn, nameVi, legalForm: 'private_fund', themes: [theme], fields: [], language: german ? 'de' : 'en' };
}

function capitalizeWords(s: string): string {
  return fixSmallWords(s.replace(/(^|\s)([a-z])/g, (_m, space: string, c: string) => `${space}${c.toUpperCase()}`));
}

function spiritNames(r: Random, country: CountryProfile, language: OrgLanguage): Omit<OrganizationNames, 'abbreviation'> {
  const spirit = r.pick(SPIRITS);
  const who = r.pick(BENEFICIARIES);
  const kind = r.chance(0.5) ? r.pick(KINDS.slice(0, 4)) : null;
  const city = r.chance(0.5) ? r.pick(country.cities)[0] : null;
  const nameEn = fixSmallWords(`${spirit.en} ${who.en}${kind ? ` ${kind.en}` : ''}${city ? ` ${city}` : ''}`);
  const nameVi = `${kind ? `${kind.vi} ` : ''}${spirit.vi} ${who.vi}${city ? ` ${city}` : ''}`;
  const original =
    language === 'de' ? `${spirit.de} ${who.de}${kind ? ` ${kind.de[0]}` : ''}${city ? ` ${city}` : ''}` : language === 'fr' ? `${spirit.fr} ${who.fr}${city ? ` ${city}` : ''}` : nameEn;
  const theme = THEMES.find((t) => t.fields.includes(who.fields[0]!)) ?? THEMES[0]!;
  return { nameOriginal: original, nameEn, nameVi, legalForm: kind?.legalForm ?? 'non_profit', themes: [theme], fields: [...who.fields], language: language === 'de' || language === 'fr' ? language : 'en' };
}

/** Initials of the capitalised words ("Nordic Children's Health Foundation" → "NCHF"). */
export function abbreviationOf(nameOriginal: string, nameEn: string): string | null {
  const initials = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => vnNormJs(w.charAt(0)).toUpperCase())
      .join('');
  const fromOriginal = /^[\p{Script=Latin}\s\-'’.,&()]+$/u.test(nameOriginal) ? initials(nameOriginal) : '';
  const chosen = fromOriginal.length >= 3 ? fromOriginal : initials(nameEn);
  return chosen.length >= 2 ? chosen.slice(0, 6) : null;
}

/**
 * Invents the names of an NGO of `country` that no earlier NGO has (the registry refuses two NGOs with the same
 * English or original name, compared without case and diacritics): themed names in the original language,
 * founders' names and "Hope for …" names, with English and Vietnamese translations and an abbreviation.
 */
export function organizationNames(r: Random, country: CountryProfile, usedEn: Set<string>, usedOriginal: Set<string>): OrganizationNames {
  const language = r.weighted(country.languages);
  for (let attempt = 0; ; attempt++) {
    const roll = r.next();
    const names =
      attempt >= 12 ? founderNames(r, country, true) : roll < 0.62 ? themedNames(r, country, language) : roll < 0.8 ? founderNames(r, country, roll < 0.7) : spiritNames(r, country, language);
    if (attempt >= 40) names.nameEn = `${names.nameEn} ${r.pick(country.cities)[0]} ${attempt}`;
    const keyEn = vnNormJs(names.nameEn);
    const keyOriginal = vnNormJs(names.nameOriginal);
    if (usedEn.has(keyEn) || usedOriginal.has(keyOriginal) || usedEn.has(keyOriginal) || usedOriginal.has(keyEn)) continue;
    usedEn.add(keyEn);
    usedOriginal.add(keyOriginal);
    const abbreviation = r.chance(0.88) ? abbreviationOf(names.nameOriginal, names.nameEn) : null;
    return { ...names, nameVi: r.chance(0.96) ? names.nameVi : null, abbreviation };
  }
}
