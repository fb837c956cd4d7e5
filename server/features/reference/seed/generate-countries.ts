/**
 * Generates `countries.ts` (ISO 3166-1, 249 entries) with English and Vietnamese names taken from Node's ICU
 * (`Intl.DisplayNames`), then corrected by hand where the CLDR name is not how Vietnamese administrations write it.
 * The output is committed as static data so nothing depends on the runtime's ICU version.
 *
 * Run: node_modules/.bin/node --import tsx server/features/reference/seed/generate-countries.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ISO 3166-1 alpha-2 and alpha-3 pairs, in alpha-2 order (249 officially assigned codes). */
const ISO_CODES = `
AD AND AE ARE AF AFG AG ATG AI AIA AL ALB AM ARM AO AGO AQ ATA AR ARG AS ASM AT AUT AU AUS AW ABW AX ALA AZ AZE
BA BIH BB BRB BD BGD BE BEL BF BFA BG BGR BH BHR BI BDI BJ BEN BL BLM BM BMU BN BRN BO BOL BQ BES BR BRA BS BHS
BT BTN BV BVT BW BWA BY BLR BZ BLZ CA CAN CC CCK CD COD CF CAF CG COG CH CHE CI CIV CK COK CL CHL CM CMR CN CHN
CO COL CR CRI CU CUB CV CPV CW CUW CX CXR CY CYP CZ CZE DE DEU DJ DJI DK DNK DM DMA DO DOM DZ DZA EC ECU EE EST
EG EGY EH ESH ER ERI ES ESP ET ETH FI FIN FJ FJI FK FLK FM FSM FO FRO FR FRA GA GAB GB GBR GD GRD GE GEO GF GUF
GG GGY GH GHA GI GIB GL GRL GM GMB GN GIN GP GLP GQ GNQ GR GRC GS SGS GT GTM GU GUM GW GNB GY GUY HK HKG HM HMD
HN HND HR HRV HT HTI HU HUN ID IDN IE IRL IL ISR IM IMN IN IND IO IOT IQ IRQ IR IRN IS ISL IT ITA JE JEY JM JAM
JO JOR JP JPN KE KEN KG KGZ KH KHM KI KIR KM COM KN KNA KP PRK KR KOR KW KWT KY CYM KZ KAZ LA LAO LB LBN LC LCA
LI LIE LK LKA LR LBR LS LSO LT LTU LU LUX LV LVA LY LBY MA MAR MC MCO MD MDA ME MNE MF MAF MG MDG MH MHL MK MKD
ML MLI MM MMR MN MNG MO MAC MP MNP MQ MTQ MR MRT MS MSR MT MLT MU MUS MV MDV MW MWI MX MEX MY MYS MZ MOZ NA NAM
NC NCL NE NER NF NFK NG NGA NI NIC NL NLD NO NOR NP NPL NR NRU NU NIU NZ NZL OM OMN PA PAN PE PER PF PYF PG PNG
PH PHL PK PAK PL POL PM SPM PN PCN PR PRI PS PSE PT PRT PW PLW PY PRY QA QAT RE REU RO ROU RS SRB RU RUS RW RWA
SA SAU SB SLB SC SYC SD SDN SE SWE SG SGP SH SHN SI SVN SJ SJM SK SVK SL SLE SM SMR SN SEN SO SOM SR SUR SS SSD
ST STP SV SLV SX SXM SY SYR SZ SWZ TC TCA TD TCD TF ATF TG TGO TH THA TJ TJK TK TKL TL TLS TM TKM TN TUN TO TON
TR TUR TT TTO TV TUV TW TWN TZ TZA UA UKR UG UGA UM UMI US USA UY URY UZ UZB VA VAT VC VCT VE VEN VG VGB VI VIR
VN VNM VU VUT WF WLF WS WSM YE YEM YT MYT ZA ZAF ZM ZMB ZW ZWE
`;

/**
 * Hand corrections of the CLDR English names: official short names instead of CLDR's disambiguated forms, and
 * the "(China)" form Vietnamese official documents use for Hong Kong, Macao and Taiwan. Besides these, every
 * English name gets "&" → "and" and "St." → "Saint" (see {@link tidyEnglish}).
 */
const EN_OVERRIDES: Readonly<Record<string, string>> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  HK: 'Hong Kong (China)',
  MM: 'Myanmar',
  MO: 'Macao (China)',
  PS: 'Palestine',
  TW: 'Taiwan (China)',
  UM: 'United States Minor Outlying Islands',
  VI: 'United States Virgin Islands',
};

/** Hand corrections of the CLDR Vietnamese names, as Vietnamese official documents and press write them. */
const VI_OVERRIDES: Readonly<Record<string, string>> = {
  BL: 'Saint Barthélemy',
  BQ: 'Caribe thuộc Hà Lan',
  CD: 'Cộng hòa Dân chủ Congo',
  CG: 'Cộng hòa Congo',
  CI: 'Bờ Biển Ngà',
  CV: 'Cabo Verde',
  CZ: 'Cộng hòa Séc',
  GS: 'Quần đảo Nam Georgia và Nam Sandwich',
  HK: 'Hồng Kông (Trung Quốc)',
  IT: 'Italia',
  KN: 'Saint Kitts và Nevis',
  LC: 'Saint Lucia',
  MF: 'Saint Martin',
  MM: 'Myanmar',
  MO: 'Ma Cao (Trung Quốc)',
  PS: 'Palestine',
  SH: 'Saint Helena',
  TF: 'Lãnh thổ phía Nam thuộc Pháp',
  TW: 'Đài Loan (Trung Quốc)',
  UA: 'Ucraina',
  VA: 'Tòa Thánh Vatican',
  VC: 'Saint Vincent và Grenadines',
};

/** Expands CLDR's short forms in English names ("St. Lucia" → "Saint Lucia", "&" → "and"). */
function tidyEnglish(name: string): string {
  return name.replace(/^St\. /, 'Saint ').replace(/ & /g, ' and ');
}

interface CountryRow {
  code: string;
  alpha3: string;
  nameEn: string;
  nameVi: string;
}

/**
 * Builds the rows from the code list, ICU names and overrides.
 * @throws Error when the code list is malformed or ICU has no name for a code.
 */
export function buildCountryRows(): CountryRow[] {
  const tokens = ISO_CODES.trim().split(/\s+/);
  if (tokens.length % 2 !== 0) throw new Error('ISO_CODES must hold alpha-2/alpha-3 pairs');
  for (const code of Object.keys({ ...EN_OVERRIDES, ...VI_OVERRIDES })) {
    if (!tokens.includes(code)) throw new Error(`Override for unknown code ${code}`);
  }
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const vi = new Intl.DisplayNames(['vi'], { type: 'region', fallback: 'none' });
  const rows: CountryRow[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const code = tokens[i] as string;
    const alpha3 = tokens[i + 1] as string;
    const icuEn = en.of(code);
    const nameEn = EN_OVERRIDES[code] ?? (icuEn === undefined ? undefined : tidyEnglish(icuEn));
    const nameVi = VI_OVERRIDES[code] ?? vi.of(code);
    if (!nameEn || !nameVi) throw new Error(`No ICU name for ${code}`);
    rows.push({ code, alpha3, nameEn: nameEn.normalize('NFC'), nameVi: nameVi.normalize('NFC') });
  }
  return rows;
}

function renderModule(rows: readonly CountryRow[]): string {
  const lines = rows.map((r) => `  [${JSON.stringify(r.code)}, ${JSON.stringify(r.alpha3)}, ${JSON.stringify(r.nameEn)}, ${JSON.stringify(r.nameVi)}],`);
  return `// GENERATED by generate-countries.ts (Intl.DisplayNames of Node ${process.versions.node}, ICU ${process.versions.icu},
// with hand corrections listed there). Do not edit by hand: edit the generator and re-run it.

/** A country or territory (ISO 3166-1), shaped like the \`country\` table row. */
export interface CountrySeed {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** ISO 3166-1 alpha-3 code. */
  readonly alpha3: string;
  readonly nameEn: string;
  readonly nameVi: string;
}

type Row = readonly [code: string, alpha3: string, nameEn: string, nameVi: string];

const ROWS: readonly Row[] = [
${lines.join('\n')}
];

/** Every ISO 3166-1 country and territory (${rows.length}), ordered by alpha-2 code. */
export const COUNTRIES: readonly CountrySeed[] = ROWS.map(([code, alpha3, nameEn, nameVi]) => ({ code, alpha3, nameEn, nameVi }));
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = buildCountryRows();
  const target = fileURLToPath(new URL('./countries.ts', import.meta.url));
  if (process.argv.includes('--print')) {
    for (const r of rows) console.log(`${r.code}\t${r.alpha3}\t${r.nameEn}\t${r.nameVi}`);
  } else {
    writeFileSync(target, renderModule(rows));
    console.log(`wrote ${rows.length} countries to ${target}`);
  }
}
