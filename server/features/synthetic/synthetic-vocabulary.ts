/**
 * Word lists the synthetic register builds NGO names from: themes (what an NGO works on) and kinds of
 * organisation, each in English, Vietnamese and the original languages used by the generator (German,
 * French, Dutch, Spanish, Italian, Japanese, Korean). Every name built from them is invented.
 */

/** A theme: its name in each language and the registry fields (lĩnh vực) it implies. */
export interface Theme {
  /** Title-case English noun phrase ("Children's Health"). */
  en: string;
  /** The phrase after "for" ("children's health"). */
  enFor: string;
  vi: string;
  /** After "für", "pour", "voor", "para", "per". */
  de: string;
  fr: string;
  nl: string;
  es: string;
  it: string;
  /** Written without spaces before the kind of organisation (日本 + 子ども健康 + 財団). */
  ja: string;
  ko: string;
  fields: readonly string[];
  purpose: string;
}

type ThemeRow = [en: string, enFor: string, vi: string, de: string, fr: string, nl: string, es: string, it: string, ja: string, ko: string, fields: string, purpose: string];

const THEME_ROWS: readonly ThemeRow[] = [
  ["Children's Health", "children's health", 'Sức khỏe Trẻ em', 'Kindergesundheit', 'la santé des enfants', 'kindergezondheid', 'la salud infantil', 'la salute dei bambini', '子ども健康', '아동건강', 'children health', 'Primary health care, nutrition and vaccination for young children'],
  ['Clean Water', 'clean water', 'Nước sạch', 'sauberes Wasser', "l'eau potable", 'schoon water', 'el agua potable', "l'acqua pulita", '水環境', '식수', 'water_sanitation', 'Safe drinking water, latrines and hygiene education for rural households'],
  ['Rural Development', 'rural development', 'Phát triển Nông thôn', 'ländliche Entwicklung', 'le développement rural', 'plattelandsontwikkeling', 'el desarrollo rural', 'lo sviluppo rurale', '農村開発', '농촌개발', 'agriculture_rural livelihoods', 'Cooperatives, irrigation and market access for smallholder farmers'],
  ['Education', 'education', 'Giáo dục', 'Bildung', "l'éducation", 'onderwijs', 'la educación', "l'istruzione", '教育', '교육', 'education', 'School buildings, scholarships and teacher training in remote communes'],
  ['Children', 'children', 'Trẻ em', 'Kinder', "l'enfance", 'kinderen', 'la infancia', "l'infanzia", '子ども', '어린이', 'children', 'Care, schooling and protection of disadvantaged children'],
  ['Disability Inclusion', 'disability inclusion', 'Hòa nhập Người khuyết tật', 'Inklusion', "l'inclusion des personnes handicapées", 'inclusie', 'la inclusión de personas con discapacidad', "l'inclusione delle persone con disabilità", '障害者支援', '장애인지원', 'disability social_protection', 'Rehabilitation, inclusive education and jobs for people with disabilities'],
  ["Women's Empowerment", "women's empowerment", 'Nâng cao Vị thế Phụ nữ', 'Frauenförderung', "l'autonomisation des femmes", 'vrouwenrechten', 'el empoderamiento de las mujeres', "l'emancipazione femminile", '女性支援', '여성역량강화', 'gender livelihoods', 'Savings groups, leadership training and prevention of gender-based violence'],
  ['Environmental Protection', 'environmental protection', 'Bảo vệ Môi trường', 'Umweltschutz', "la protection de l'environnement", 'milieubescherming', 'la protección del medio ambiente', "la tutela dell'ambiente", '環境保全', '환경보호', 'environment_climate', 'Waste management, clean air and environmental education'],
  ['Climate Resilience', 'climate resilience', 'Thích ứng Biến đổi Khí hậu', 'Klimaanpassung', 'la résilience climatique', 'klimaatbestendigheid', 'la resiliencia climática', 'la resilienza climatica', '気候変動対策', '기후변화대응', 'environment_climate disaster_relief', 'Climate adaptation of coastal and delta communities, mangrove planting'],
  ['Disaster Relief', 'disaster relief', 'Cứu trợ Thiên tai', 'Katastrophenhilfe', "l'aide d'urgence", 'noodhulp', 'la ayuda humanitaria', 'gli aiuti umanitari', '災害救援', '재난구호', 'disaster_relief', 'Emergency relief after typhoons and floods, disaster preparedness'],
  ['Community Health', 'community health', 'Y tế Cộng đồng', 'Gesundheit', 'la santé communautaire', 'gezondheidszorg', 'la salud comunitaria', 'la salute comunitaria', '地域保健', '지역보건', 'health', 'Commune health stations, village health workers and health insurance'],
  ['Eye Care', 'eye care', 'Chăm sóc Mắt', 'Augenheilkunde', 'la santé visuelle', 'oogzorg', 'la salud visual', 'la salute degli occhi', '眼科医療', '안과의료', 'health', 'Cataract surgery, school eye screening and training of eye nurses'],
  ['Maternal Health', 'maternal and newborn health', 'Sức khỏe Bà mẹ và Trẻ sơ sinh', 'Mutter-Kind-Gesundheit', 'la santé maternelle et infantile', 'moeder- en kindzorg', 'la salud materno-infantil', 'la salute materna e infantile', '母子保健', '모자보건', 'health children gender', 'Safe births, midwife training and newborn care'],
  ['Vocational Training', 'vocational training', 'Đào tạo Nghề', 'Berufsbildung', 'la formation professionnelle', 'beroepsonderwijs', 'la formación profesional', 'la formazione professionale', '職業訓練', '직업훈련', 'education livelihoods', 'Vocational schools, apprenticeships and job placement for young people'],
  ['Microfinance', 'microfinance', 'Tài chính Vi mô', 'Mikrofinanz', 'la microfinance', 'microfinanciering', 'las microfinanzas', 'la microfinanza', 'マイクロファイナンス', '소액금융', 'livelihoods gender', 'Small loans and business training for poor rural women'],
  ['Forest Conservation', 'forest conservation', 'Bảo tồn Rừng', 'Waldschutz', 'la protection des forêts', 'bosbescherming', 'la conservación de los bosques', 'la tutela delle foreste', '森林保全', '산림보전', 'environment_climate ethnic_minorities', 'Community forestry, reforestation and forest land allocation'],
  ['Wildlife Conservation', 'wildlife conservation', 'Bảo tồn Động vật Hoang dã', 'Artenschutz', 'la protection de la faune', 'natuurbehoud', 'la conservación de la fauna', 'la tutela della fauna', '野生生物保護', '야생동물보호', 'environment_climate', 'Protection of endangered primates, turtles and their habitats'],
  ['Elderly Care', 'elderly care', 'Chăm sóc Người cao tuổi', 'Altenhilfe', 'les personnes âgées', 'ouderenzorg', 'las personas mayores', 'gli anziani', '高齢者福祉', '노인복지', 'social_protection health', 'Home care, self-help clubs and health checks for older people'],
  ['Cultural Exchange', 'cultural exchange', 'Giao lưu Văn hóa', 'Kulturaustausch', 'les échanges culturels', 'culturele uitwisseling', 'el intercambio cultural', 'lo scambio culturale', '文化交流', '문화교류', 'culture', 'Libraries, language courses and exchanges of artists and students'],
  ['Heritage Conservation', 'heritage conservation', 'Bảo tồn Di sản', 'Denkmalpflege', 'le patrimoine', 'erfgoed', 'el patrimonio cultural', 'il patrimonio culturale', '文化遺産保護', '문화유산보존', 'culture livelihoods', 'Restoration of historic buildings, craft villages and heritage tourism'],
  ['Ethnic Minority Development', 'ethnic minority development', 'Phát triển Vùng Dân tộc thiểu số', 'indigene Völker', 'les minorités ethniques', 'etnische minderheden', 'las minorías étnicas', 'le minoranze etniche', '少数民族支援', '소수민족지원', 'ethnic_minorities education', 'Bilingual education, livelihoods and cultural preservation for ethnic minorities'],
  ['Good Governance', 'good governance', 'Quản trị Tốt', 'gute Regierungsführung', 'la bonne gouvernance', 'goed bestuur', 'la buena gobernanza', 'il buon governo', 'ガバナンス支援', '거버넌스', 'governance_capacity', 'Capacity building of local authorities, social organisations and citizen participation'],
  ['Science and Technology', 'science and technology', 'Khoa học và Công nghệ', 'Wissenschaft und Technik', 'la science et la technologie', 'wetenschap en techniek', 'la ciencia y la tecnología', 'la scienza e la tecnologia', '科学技術協力', '과학기술협력', 'science_technology education', 'Research cooperation, laboratories and IT skills for students'],
  ['Social Welfare', 'social welfare', 'Phúc lợi Xã hội', 'soziale Sicherheit', 'la solidarité', 'sociale zekerheid', 'la acción social', 'la solidarietà', '社会福祉', '사회복지', 'social_protection', 'Social work services, shelters and support for vulnerable families'],
  ['Child Protection', 'child protection', 'Bảo vệ Trẻ em', 'Kinderschutz', "la protection de l'enfance", 'kinderbescherming', 'la protección de la infancia', 'la tutela dei minori', '子ども保護', '아동보호', 'children social_protection', 'Foster care, prevention of child trafficking and child-friendly services'],
  ['Food Security', 'food security', 'An ninh Lương thực', 'Ernährungssicherheit', 'la sécurité alimentaire', 'voedselzekerheid', 'la seguridad alimentaria', 'la sicurezza alimentare', '食料安全保障', '식량안보', 'agriculture_rural livelihoods', 'School meals, home gardens and climate-smart farming'],
  ['Mine Action', 'mine action', 'Khắc phục Hậu quả Bom mìn', 'Minenräumung', 'le déminage', 'mijnenruiming', 'la acción contra las minas', 'lo sminamento', '地雷除去', '지뢰제거', 'disaster_relief disability', 'Survey and clearance of unexploded ordnance, victim assistance'],
  ['HIV Prevention', 'HIV prevention', 'Phòng chống HIV', 'HIV-Prävention', 'la lutte contre le VIH', 'hiv-preventie', 'la prevención del VIH', "la prevenzione dell'HIV", 'エイズ予防', '에이즈예방', 'health', 'HIV testing, treatment support and harm reduction'],
  ['Hearing Care', 'hearing care', 'Hỗ trợ Thính lực', 'Hörgesundheit', 'la santé auditive', 'gehoorzorg', 'la salud auditiva', "la salute dell'udito", '聴覚支援', '청각지원', 'disability health', 'Hearing screening for children and training of audiologists'],
  ['Youth Development', 'youth development', 'Phát triển Thanh niên', 'Jugendförderung', 'la jeunesse', 'jeugdontwikkeling', 'la juventud', 'i giovani', '青少年育成', '청소년육성', 'education other', 'Youth clubs, life skills and volunteering'],
];

/** The themes of the synthetic register. */
export const THEMES: readonly Theme[] = THEME_ROWS.map(([en, enFor, vi, de, fr, nl, es, it, ja, ko, fields, purpose]) => ({ en, enFor, vi, de, fr, nl, es, it, ja, ko, fields: fields.split(' '), purpose }));

type Gendered = readonly [word: string, gender: 'f' | 'm' | 'n'];

/** A kind of organisation in each language, with the legal form it usually has. */
export interface Kind {
  en: string;
  vi: string;
  de: Gendered;
  fr: Gendered;
  es: Gendered;
  it: Gendered;
  nl: string;
  ja: string;
  ko: string;
  legalForm: 'non_profit' | 'social_fund' | 'private_fund' | 'other';
}

/** Kinds of organisation (weights in the generator). */
export const KINDS: readonly Kind[] = [
  { en: 'Foundation', vi: 'Quỹ', de: ['Stiftung', 'f'], fr: ['Fondation', 'f'], es: ['Fundación', 'f'], it: ['Fondazione', 'f'], nl: 'Stichting', ja: '財団', ko: '재단', legalForm: 'private_fund' },
  { en: 'Association', vi: 'Hội', de: ['Verein', 'm'], fr: ['Association', 'f'], es: ['Asociación', 'f'], it: ['Associazione', 'f'], nl: 'Vereniging', ja: '協会', ko: '협회', legalForm: 'non_profit' },
  { en: 'Organization', vi: 'Tổ chức', de: ['Organisation', 'f'], fr: ['Organisation', 'f'], es: ['Organización', 'f'], it: ['Organizzazione', 'f'], nl: 'Organisatie', ja: '機構', ko: '기구', legalForm: 'non_profit' },
  { en: 'Fund', vi: 'Quỹ', de: ['Fonds', 'm'], fr: ['Fonds', 'm'], es: ['Fondo', 'm'], it: ['Fondo', 'm'], nl: 'Fonds', ja: '基金', ko: '기금', legalForm: 'social_fund' },
  { en: 'Alliance', vi: 'Liên minh', de: ['Allianz', 'f'], fr: ['Alliance', 'f'], es: ['Alianza', 'f'], it: ['Alleanza', 'f'], nl: 'Alliantie', ja: '連合', ko: '연합', legalForm: 'non_profit' },
  { en: 'Network', vi: 'Mạng lưới', de: ['Netzwerk', 'n'], fr: ['Réseau', 'm'], es: ['Red', 'f'], it: ['Rete', 'f'], nl: 'Netwerk', ja: 'ネットワーク', ko: '네트워크', legalForm: 'non_profit' },
  { en: 'Institute', vi: 'Viện', de: ['Institut', 'n'], fr: ['Institut', 'm'], es: ['Instituto', 'm'], it: ['Istituto', 'm'], nl: 'Instituut', ja: '研究所', ko: '연구소', legalForm: 'other' },
  { en: 'Society', vi: 'Hội', de: ['Gesellschaft', 'f'], fr: ['Société', 'f'], es: ['Sociedad', 'f'], it: ['Società', 'f'], nl: 'Genootschap', ja: '協力会', ko: '후원회', legalForm: 'non_profit' },
  { en: 'Aid', vi: 'Tổ chức Trợ giúp', de: ['Hilfswerk', 'n'], fr: ['Aide', 'f'], es: ['Ayuda', 'f'], it: ['Aiuto', 'm'], nl: 'Hulp', ja: '援助会', ko: '봉사단', legalForm: 'non_profit' },
  { en: 'Partnership', vi: 'Đối tác', de: ['Partnerschaft', 'f'], fr: ['Partenariat', 'm'], es: ['Alianza', 'f'], it: ['Partenariato', 'm'], nl: 'Partnerschap', ja: 'パートナーシップ', ko: '파트너십', legalForm: 'non_profit' },
];

/** English-only kinds used by English-speaking countries, with their Vietnamese rendering. */
export const ENGLISH_ONLY_KINDS: readonly { en: string; vi: string; legalForm: Kind['legalForm'] }[] = [
  { en: 'Trust', vi: 'Quỹ Tín thác', legalForm: 'social_fund' },
  { en: 'Initiative', vi: 'Sáng kiến', legalForm: 'non_profit' },
  { en: 'Council', vi: 'Hội đồng', legalForm: 'non_profit' },
  { en: 'Mission', vi: 'Tổ chức', legalForm: 'non_profit' },
  { en: 'Relief', vi: 'Tổ chức Cứu trợ', legalForm: 'non_profit' },
  { en: 'Volunteers', vi: 'Tổ chức Tình nguyện', legalForm: 'non_profit' },
];

/** Who benefits, for names such as "Hope for Children" (English, Vietnamese, German, French). */
export const BENEFICIARIES: readonly { en: string; vi: string; de: string; fr: string; fields: readonly string[] }[] = [
  { en: 'Children', vi: 'Trẻ em', de: 'Kinder', fr: 'les enfants', fields: ['children'] },
  { en: 'Vietnamese Children', vi: 'Trẻ em Việt Nam', de: 'Kinder in Vietnam', fr: 'les enfants du Vietnam', fields: ['children'] },
  { en: 'Women', vi: 'Phụ nữ', de: 'Frauen', fr: 'les femmes', fields: ['gender'] },
  { en: 'Families', vi: 'Gia đình', de: 'Familien', fr: 'les familles', fields: ['social_protection'] },
  { en: 'Farmers', vi: 'Nông dân', de: 'Bauern', fr: 'les paysans', fields: ['agriculture_rural'] },
  { en: 'Communities', vi: 'Cộng đồng', de: 'Gemeinden', fr: 'les communautés', fields: ['livelihoods'] },
  { en: 'the Elderly', vi: 'Người cao tuổi', de: 'ältere Menschen', fr: 'les aînés', fields: ['social_protection'] },
  { en: 'Girls', vi: 'Trẻ em gái', de: 'Mädchen', fr: 'les filles', fields: ['gender', 'education'] },
  { en: 'Students', vi: 'Học sinh', de: 'Schüler', fr: 'les élèves', fields: ['education'] },
  { en: 'the Mekong', vi: 'Mê Kông', de: 'den Mekong', fr: 'le Mékong', fields: ['environment_climate'] },
  { en: 'Orphans', vi: 'Trẻ mồ côi', de: 'Waisenkinder', fr: 'les orphelins', fields: ['children', 'social_protection'] },
  { en: 'the Blind', vi: 'Người khiếm thị', de: 'Blinde', fr: 'les aveugles', fields: ['disability'] },
];

/** First words of names such as "Hope for …", "Bridges to …" (English, Vietnamese, German, French). */
export const SPIRITS: readonly { en: string; vi: string; de: string; fr: string }[] = [
  { en: 'Hope for', vi: 'Hy vọng cho', de: 'Hoffnung für', fr: 'Espoir pour' },
  { en: 'Bridges for', vi: 'Nhịp cầu cho', de: 'Brücken für', fr: 'Des ponts pour' },
  { en: 'Hands for', vi: 'Bàn tay cho', de: 'Hände für', fr: 'Des mains pour' },
  { en: 'Light for', vi: 'Ánh sáng cho', de: 'Licht für', fr: 'Lumière pour' },
  { en: 'Seeds for', vi: 'Hạt giống cho', de: 'Saat für', fr: 'Des graines pour' },
  { en: 'Hearts for', vi: 'Trái tim cho', de: 'Herzen für', fr: 'Des cœurs pour' },
  { en: 'Future for', vi: 'Tương lai cho', de: 'Zukunft für', fr: 'Avenir pour' },
  { en: 'Smiles for', vi: 'Nụ cười cho', de: 'Lächeln für', fr: 'Sourires pour' },
];

/** Regions that qualify names ("Mekong Clean Water Foundation"). */
export const REGIONS: readonly { en: string; vi: string; de: string; fr: string; ja: string; ko: string }[] = [
  { en: 'International', vi: 'Quốc tế', de: 'International', fr: 'Internationale', ja: '国際', ko: '국제' },
  { en: 'Global', vi: 'Toàn cầu', de: 'Global', fr: 'Mondiale', ja: '国際', ko: '글로벌' },
  { en: 'Mekong', vi: 'Mê Kông', de: 'Mekong', fr: 'Mékong', ja: 'メコン', ko: '메콩' },
  { en: 'Asia', vi: 'châu Á', de: 'Asien', fr: 'Asie', ja: 'アジア', ko: '아시아' },
  { en: 'Asia-Pacific', vi: 'châu Á – Thái Bình Dương', de: 'Asien-Pazifik', fr: 'Asie-Pacifique', ja: 'アジア太平洋', ko: '아시아태평양' },
  { en: 'Southeast Asia', vi: 'Đông Nam Á', de: 'Südostasien', fr: 'Asie du Sud-Est', ja: '東南アジア', ko: '동남아시아' },
  { en: 'Vietnam', vi: 'Việt Nam', de: 'Vietnam', fr: 'Vietnam', ja: 'ベトナム', ko: '베트남' },
];

/** Where the funds come from (the `funding_sources` column). */
export const FUNDING_SOURCES: readonly string[] = [
  'Private donations, foundations and institutional grants from abroad',
  'Individual donors and member fees',
  'Government development cooperation grants and private foundations',
  'Corporate sponsors and private donations',
  'Church congregations and individual donors',
  'Own endowment and private donations',
  'Lottery funds, municipalities and individual donors',
  'Grants from the European Union and national development agencies',
];

/** Titles of an NGO's head in its home country. */
export const HEAD_TITLES: readonly string[] = ['President', 'Executive Director', 'Chair', 'Secretary General', 'Chief Executive Officer', 'Director', 'Chairperson', 'Managing Director'];
