import type { NameCulture } from './synthetic-people';
import type { Random } from './synthetic-random';

/** Languages the generator writes original names in. */
export type OrgLanguage = 'en' | 'de' | 'fr' | 'nl' | 'es' | 'it' | 'ja' | 'ko';

/** A home country of NGOs in the synthetic register: how its NGOs are named and where they are seated. */
export interface CountryProfile {
  code: string;
  weight: number;
  languages: readonly (readonly [OrgLanguage, number])[];
  culture: Exclude<NameCulture, 'vi'>;
  /** English qualifier ("American", "Japan"). */
  adjEn: string;
  /** German adjective stem ("Deutsch"), French [feminine, masculine], Spanish / Italian [f, m]. */
  adjDe?: string;
  adjFr?: readonly [string, string];
  adjEs?: readonly [string, string];
  adjIt?: readonly [string, string];
  /** Country word written before Japanese / Korean names (日本, 한국). */
  prefixJa?: string;
  prefixKo?: string;
  /** Cities: [English name, German adjective or Japanese / Korean local name]. */
  cities: readonly (readonly [string, string?])[];
  streets: readonly string[];
  address: (r: Random, street: string, city: string) => string;
  tld: string;
  phone: string;
  legalDoc: readonly [type: string, issuer: (city: string) => string, number: (r: Random) => string];
}

const us = (r: Random, street: string, city: string) => `${r.int(10, 2999)} ${street}, ${city} ${r.digits(5)}, USA`;
const uk = (country: string) => (r: Random, street: string, city: string) => `${r.int(1, 220)} ${street}, ${city} ${String.fromCharCode(65 + r.int(0, 25))}${r.int(1, 20)} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25))}, ${country}`;
const eu = (country: string, zipDigits: number) => (r: Random, street: string, city: string) => `${street} ${r.int(1, 180)}, ${r.digits(zipDigits)} ${city}, ${country}`;
const fr = (country: string, zipDigits: number) => (r: Random, street: string, city: string) => `${r.int(1, 180)} ${street}, ${r.digits(zipDigits)} ${city}, ${country}`;
const asia = (country: string) => (r: Random, street: string, city: string) => `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${street}, ${city}, ${country}`;
const nonProfitNo = (prefix: string, digits: number) => (r: Random) => `${prefix}${r.digits(digits)}`;

const EN_STREETS = ['Main Street', 'Park Avenue', 'Market Street', 'Church Road', 'High Street', 'King Street', 'Queen Street', 'Victoria Road', 'Station Road', 'Collins Street', 'George Street', 'Elm Street'];
const DE_STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Friedrichstraße', 'Lindenallee', 'Kirchgasse', 'Marktplatz', 'Mariahilfer Straße', 'Sveavägen'];
const FR_STREETS = ['rue de la République', 'avenue Victor Hugo', 'rue Royale', 'boulevard Saint-Michel', 'rue Pasteur', 'avenue Jean Jaurès', 'rue du Marché', 'chaussée de Wavre'];

/** Home countries, weighted roughly like the foreign NGOs present in Vietnam. */
export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  { code: 'US', weight: 16, languages: [['en', 1]], culture: 'en', adjEn: 'American', cities: [['Washington'], ['New York'], ['Boston'], ['Seattle'], ['San Francisco'], ['Chicago'], ['Atlanta'], ['Denver'], ['Houston'], ['Portland'], ['Minneapolis'], ['Philadelphia']], streets: EN_STREETS, address: us, tld: 'org', phone: '+1', legalDoc: ['Certificate of incorporation (501(c)(3))', (c) => `Secretary of State, ${c}`, nonProfitNo('EIN ', 9)] },
  { code: 'GB', weight: 8, languages: [['en', 1]], culture: 'en', adjEn: 'British', cities: [['London'], ['Manchester'], ['Edinburgh'], ['Bristol'], ['Oxford'], ['Cambridge'], ['Leeds'], ['Glasgow']], streets: EN_STREETS, address: uk('United Kingdom'), tld: 'org.uk', phone: '+44', legalDoc: ['Registered charity', () => 'Charity Commission for England and Wales', nonProfitNo('Charity No. ', 7)] },
  { code: 'AU', weight: 6, languages: [['en', 1]], culture: 'en', adjEn: 'Australian', cities: [['Melbourne'], ['Sydney'], ['Brisbane'], ['Perth'], ['Adelaide'], ['Canberra']], streets: EN_STREETS, address: uk('Australia'), tld: 'org.au', phone: '+61', legalDoc: ['ACNC registration', () => 'Australian Charities and Not-for-profits Commission', nonProfitNo('ABN ', 11)] },
  { code: 'CA', weight: 4, languages: [['en', 3], ['fr', 1]], culture: 'en', adjEn: 'Canadian', adjFr: ['canadienne', 'canadien'], cities: [['Toronto'], ['Montréal'], ['Vancouver'], ['Ottawa'], ['Calgary']], streets: EN_STREETS, address: uk('Canada'), tld: 'ca', phone: '+1', legalDoc: ['Registered charity', () => 'Canada Revenue Agency', nonProfitNo('BN ', 9)] },
  { code: 'NZ', weight: 2, languages: [['en', 1]], culture: 'en', adjEn: 'New Zealand', cities: [['Wellington'], ['Auckland'], ['Christchurch']], streets: EN_STREETS, address: uk('New Zealand'), tld: 'org.nz', phone: '+64', legalDoc: ['Charities register', () => 'Charities Services', nonProfitNo('CC', 5)] },
  { code: 'IE', weight: 2, languages: [['en', 1]], culture: 'en', adjEn: 'Irish', cities: [['Dublin'], ['Cork'], ['Galway']], streets: EN_STREETS, address: uk('Ireland'), tld: 'ie', phone: '+353', legalDoc: ['Registered charity', () => 'Charities Regulator', nonProfitNo('RCN ', 8)] },
  { code: 'SG', weight: 2, languages: [['en', 1]], culture: 'zh', adjEn: 'Singapore', cities: [['Singapore']], streets: ['Bras Basah Road', 'Orchard Road', 'Jalan Besar', 'Bukit Timah Road'], address: (r, s) => `${r.int(1, 400)} ${s}, Singapore ${r.digits(6)}`, tld: 'org.sg', phone: '+65', legalDoc: ['Registered charity', () => 'Commissioner of Charities', nonProfitNo('UEN ', 9)] },
  { code: 'DE', weight: 8, languages: [['de', 3], ['en', 1]], culture: 'de', adjEn: 'German', adjDe: 'Deutsch', cities: [['Berlin', 'Berliner'], ['Munich', 'Münchner'], ['Hamburg', 'Hamburger'], ['Cologne', 'Kölner'], ['Frankfurt', 'Frankfurter'], ['Stuttgart', 'Stuttgarter'], ['Bonn', 'Bonner'], ['Leipzig', 'Leipziger']], streets: DE_STREETS, address: eu('Germany', 5), tld: 'de', phone: '+49', legalDoc: ['Vereinsregisterauszug', (c) => `Amtsgericht ${c}`, nonProfitNo('VR ', 5)] },
  { code: 'AT', weight: 2, languages: [['de', 3], ['en', 1]], culture: 'de', adjEn: 'Austrian', adjDe: 'Österreichisch', cities: [['Vienna', 'Wiener'], ['Graz', 'Grazer'], ['Salzburg', 'Salzburger'], ['Linz', 'Linzer']], streets: DE_STREETS, address: eu('Austria', 4), tld: 'at', phone: '+43', legalDoc: ['Vereinsregisterauszug', () => 'Landespolizeidirektion', nonProfitNo('ZVR ', 9)] },
  { code: 'CH', weight: 3, languages: [['de', 2], ['fr', 1], ['en', 1]], culture: 'de', adjEn: 'Swiss', adjDe: 'Schweizerisch', adjFr: ['suisse', 'suisse'], cities: [['Zürich', 'Zürcher'], ['Geneva', 'Genfer'], ['Basel', 'Basler'], ['Bern', 'Berner'], ['Lausanne', 'Lausanner']], streets: DE_STREETS, address: eu('Switzerland', 4), tld: 'ch', phone: '+41', legalDoc: ['Handelsregisterauszug', (c) => `Handelsregisteramt ${c}`, (r) => `CHE-${r.digits(3)}.${r.digits(3)}.${r.digits(3)}`] },
  { code: 'FR', weight: 7, languages: [['fr', 4], ['en', 1]], culture: 'fr', adjEn: 'French', adjFr: ['française', 'français'], cities: [['Paris'], ['Lyon'], ['Marseille'], ['Toulouse'], ['Bordeaux'], ['Lille'], ['Nantes'], ['Strasbourg']], streets: FR_STREETS, address: fr('France', 5), tld: 'fr', phone: '+33', legalDoc: ['Récépissé de déclaration d’association', (c) => `Préfecture de ${c}`, nonProfitNo('W', 9)] },
  { code: 'BE', weight: 3, languages: [['fr', 2], ['nl', 2], ['en', 1]], culture: 'fr', adjEn: 'Belgian', adjFr: ['belge', 'belge'], cities: [['Brussels'], ['Antwerp'], ['Ghent'], ['Liège'], ['Leuven']], streets: FR_STREETS, address: fr('Belgium', 4), tld: 'be', phone: '+32', legalDoc: ['Statuts publiés au Moniteur belge', () => 'Moniteur belge', nonProfitNo('BCE ', 10)] },
  { code: 'NL', weight: 4, languages: [['nl', 3], ['en', 2]], culture: 'nl', adjEn: 'Dutch', cities: [['Amsterdam'], ['Utrecht'], ['The Hague'], ['Rotterdam'], ['Leiden']], streets: ['Catharijnesingel', 'Herengracht', 'Keizersgracht', 'Stationsplein', 'Oudegracht'], address: eu('Netherlands', 4), tld: 'nl', phone: '+31', legalDoc: ['Uittreksel Handelsregister', () => 'Kamer van Koophandel', nonProfitNo('KvK ', 8)] },
  { code: 'LU', weight: 1, languages: [['fr', 1], ['en', 1]], culture: 'fr', adjEn: 'Luxembourg', adjFr: ['luxembourgeoise', 'luxembourgeois'], cities: [['Luxembourg']], streets: FR_STREETS, address: fr('Luxembourg', 4), tld: 'lu', phone: '+352', legalDoc: ['Registre de commerce et des sociétés', () => 'RCS Luxembourg', nonProfitNo('F', 5)] },
  { code: 'ES', weight: 2, languages: [['es', 3], ['en', 1]], culture: 'es', adjEn: 'Spanish', adjEs: ['Española', 'Español'], cities: [['Madrid'], ['Barcelona'], ['Valencia'], ['Seville'], ['Bilbao']], streets: ['Calle de Alcalá', 'Gran Vía', 'Calle Mayor', 'Paseo de Gracia'], address: eu('Spain', 5), tld: 'es', phone: '+34', legalDoc: ['Registro de Fundaciones', () => 'Ministerio de Cultura', nonProfitNo('', 4)] },
  { code: 'IT', weight: 2, languages: [['it', 3], ['en', 1]], culture: 'it', adjEn: 'Italian', adjIt: ['Italiana', 'Italiano'], cities: [['Rome'], ['Milan'], ['Turin'], ['Florence'], ['Bologna']], streets: ['Via del Corso', 'Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi'], address: eu('Italy', 5), tld: 'it', phone: '+39', legalDoc: ['Registro Unico del Terzo Settore', () => 'RUNTS', nonProfitNo('', 6)] },
  { code: 'SE', weight: 2, languages: [['en', 1]], culture: 'nordic', adjEn: 'Swedish', cities: [['Stockholm'], ['Gothenburg'], ['Malmö'], ['Uppsala']], streets: ['Sveavägen', 'Drottninggatan', 'Kungsgatan'], address: eu('Sweden', 5), tld: 'se', phone: '+46', legalDoc: ['Registreringsbevis', () => 'Bolagsverket', (r) => `${r.digits(6)}-${r.digits(4)}`] },
  { code: 'NO', weight: 2, languages: [['en', 1]], culture: 'nordic', adjEn: 'Norwegian', cities: [['Oslo'], ['Bergen'], ['Trondheim']], streets: ['Storgata', 'Karl Johans gate', 'Kirkegata'], address: eu('Norway', 4), tld: 'no', phone: '+47', legalDoc: ['Firmaattest', () => 'Brønnøysundregistrene', nonProfitNo('', 9)] },
  { code: 'DK', weight: 2, languages: [['en', 1]], culture: 'nordic', adjEn: 'Danish', cities: [['Copenhagen'], ['Aarhus'], ['Odense']], streets: ['Amaliegade', 'Nørregade', 'Vesterbrogade'], address: eu('Denmark', 4), tld: 'dk', phone: '+45', legalDoc: ['CVR registration', () => 'Erhvervsstyrelsen', nonProfitNo('CVR ', 8)] },
  { code: 'FI', weight: 1, languages: [['en', 1]], culture: 'nordic', adjEn: 'Finnish', cities: [['Helsinki'], ['Tampere'], ['Turku']], streets: ['Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu'], address: eu('Finland', 5), tld: 'fi', phone: '+358', legalDoc: ['Extract from the Register of Associations', () => 'Finnish Patent and Registration Office', nonProfitNo('', 6)] },
  { code: 'JP', weight: 8, languages: [['ja', 3], ['en', 1]], culture: 'ja', adjEn: 'Japan', prefixJa: '日本', cities: [['Tokyo', '東京'], ['Osaka', '大阪'], ['Kyoto', '京都'], ['Nagoya', '名古屋'], ['Yokohama', '横浜'], ['Kobe', '神戸'], ['Fukuoka', '福岡'], ['Sapporo', '札幌'], ['Hiroshima', '広島'], ['Sendai', '仙台']], streets: ['Kudankita', 'Chiyoda-ku', 'Minato-ku', 'Shinjuku-ku', 'Chuo-ku'], address: asia('Japan'), tld: 'or.jp', phone: '+81', legalDoc: ['Certificate of registration (NPO corporation)', (c) => `${c} Prefectural Government`, nonProfitNo('', 13)] },
  { code: 'KR', weight: 6, languages: [['ko', 3], ['en', 1]], culture: 'ko', adjEn: 'Korea', prefixKo: '한국', cities: [['Seoul', '서울'], ['Busan', '부산'], ['Incheon', '인천'], ['Daegu', '대구'], ['Daejeon', '대전'], ['Gwangju', '광주']], streets: ['Sejong-daero', 'Jong-ro', 'Teheran-ro', 'Hangang-daero'], address: asia('Republic of Korea'), tld: 'or.kr', phone: '+82', legalDoc: ['Certificate of non-profit corporation', () => 'Ministry of Foreign Affairs', (r) => `${r.digits(3)}-${r.digits(2)}-${r.digits(5)}`] },
  { code: 'TW', weight: 1, languages: [['en', 1]], culture: 'zh', adjEn: 'Taiwan', cities: [['Taipei'], ['Kaohsiung'], ['Taichung']], streets: ['Zhongshan Road', 'Xinyi Road', 'Ren’ai Road'], address: asia('Taiwan'), tld: 'org.tw', phone: '+886', legalDoc: ['Registration certificate', () => 'Ministry of the Interior', nonProfitNo('', 8)] },
  { code: 'PH', weight: 1, languages: [['en', 1]], culture: 'en', adjEn: 'Philippine', cities: [['Manila'], ['Quezon City'], ['Cebu']], streets: EN_STREETS, address: uk('Philippines'), tld: 'org.ph', phone: '+63', legalDoc: ['SEC registration', () => 'Securities and Exchange Commission', nonProfitNo('CN', 9)] },
  { code: 'TH', weight: 1, languages: [['en', 1]], culture: 'en', adjEn: 'Thai', cities: [['Bangkok'], ['Chiang Mai']], streets: ['Sukhumvit Road', 'Silom Road', 'Rama IV Road'], address: uk('Thailand'), tld: 'or.th', phone: '+66', legalDoc: ['Foundation registration', () => 'Bangkok Metropolitan Administration', nonProfitNo('', 6)] },
];
