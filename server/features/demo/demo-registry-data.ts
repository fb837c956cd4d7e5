/**
 * Demo content of the NGO registry: 32 fictional foreign NGOs with realistic names, countries, fields and areas,
 * so a newcomer sees a living register. Every name, person, passport and number here is invented.
 * Covers (as of late 2026): Decree 58/2022 operation and representative-office certificates (Hà Nội, Đà Nẵng, TP HCM), legacy
 * Decree 12/2012 certificates naming pre-2025 provinces (Thừa Thiên Huế, Quảng Nam, Bình Dương, …), expired and
 * suspended certificates, and amended / supplemented / extended version chains.
 */
import type { CertificateType, LegalForm, VersionKind } from '../../../common/registry';

/** A representative or head of office (fictional). */
export interface DemoPerson {
  fullName: string;
  nationality: string;
  dateOfBirth: string;
  gender: 'female' | 'male';
  passportNumber: string;
  passportExpiresOn: string;
  address: string;
}

/** A later version of a certificate (amendment, supplement, extension). */
export interface DemoVersion {
  kind: Exclude<VersionKind, 'issued'>;
  effectiveOn: string;
  decisionNumber: string;
  changes: { validTo?: string; areas?: string[]; fields?: string[]; officeAddress?: string };
}

/** A certificate as recorded from paper: areas are current codes ('46') or names as written ('Quảng Nam'). */
export interface DemoCertificate {
  type: CertificateType;
  number: string;
  issuedOn: string;
  validTo: string;
  /** Status decisions taken after issue (suspension, …). */
  decisions?: { decisionStatus: 'suspended' | 'in_force' | 'terminated' | 'revoked'; effectiveOn: string; decisionNumber: string; reason: string; proposedBy: string }[];
  officeCityCode?: '01' | '48' | '79';
  officeAddress?: string;
  representative: DemoPerson;
  areas: string[];
  fields: string[];
  versions?: DemoVersion[];
}

/** One demo NGO. `unitCode` links it to one of the demo NGO units (DEMO_NGOS). */
export interface DemoOrganization {
  unitCode?: string;
  nameOriginal: string;
  nameEn: string;
  nameVi: string;
  abbreviation: string;
  countryCode: string;
  legalForm: LegalForm;
  homeRegistrationExpiresOn?: string;
  hqAddress: string;
  email: string;
  website: string;
  headName: string;
  headTitle: string;
  purposes: string;
  fundingSources: string;
  partners?: { name: string; kind: string; provinceCode: string }[];
  certificates: DemoCertificate[];
}

const p = (fullName: string, nationality: string, dateOfBirth: string, gender: 'female' | 'male', passportNumber: string, address: string): DemoPerson => ({
  fullName,
  nationality,
  dateOfBirth,
  gender,
  passportNumber,
  passportExpiresOn: `20${Number(passportNumber.slice(-2)) % 6 + 28}-0${(Number(passportNumber.slice(-1)) % 9) + 1}-15`,
  address,
});

const org = (
  nameOriginal: string,
  nameEn: string,
  nameVi: string,
  abbreviation: string,
  countryCode: string,
  legalForm: LegalForm,
  hqAddress: string,
  web: string,
  head: [string, string],
  purposes: string,
  certificates: DemoCertificate[],
  extra: Partial<DemoOrganization> = {},
): DemoOrganization => ({
  nameOriginal,
  nameEn,
  nameVi,
  abbreviation,
  countryCode,
  legalForm,
  hqAddress,
  email: `info@${web}`,
  website: `https://www.${web}`,
  headName: head[0],
  headTitle: head[1],
  purposes,
  fundingSources: 'Private donations, foundations and institutional grants from abroad',
  certificates,
  ...extra,
});

/** The demo register. The first five are the demo NGO units (NGO-DEMO-001 … 005). */
export const DEMO_REGISTRY: readonly DemoOrganization[] = [
  org('Children Relief International', 'Children Relief International', 'Tổ chức Cứu trợ Trẻ em Quốc tế', 'CRI', 'US', 'non_profit', '1250 Connecticut Ave NW, Washington, DC 20036, USA', 'childrenrelief.org', ['Margaret Ellis', 'President and CEO'],
    'Protect children, improve child health and schooling in disadvantaged communities', [
      { type: 'operation', number: '112/GĐKHĐ-BNG', issuedOn: '2024-04-15', validTo: '2027-04-14', representative: p('Sarah Johnson', 'US', '1981-06-02', 'female', 'US5518204', '14 Lê Lợi, phường Thuận Hóa, Huế'),
        areas: ['46', '44', '48'], fields: ['children', 'health', 'education'],
        versions: [{ kind: 'supplemented', effectiveOn: '2025-03-10', decisionNumber: '215/QĐ-BNG', changes: { fields: ['children', 'health', 'education', 'water_sanitation'] } }] },
    ], { unitCode: 'NGO-DEMO-001', partners: [{ name: 'Sở Y tế thành phố Huế', kind: 'state_agency', provinceCode: '46' }, { name: 'Hội Liên hiệp Phụ nữ tỉnh Quảng Trị', kind: 'mass_organization', provinceCode: '44' }] }),
  org('Mekong Clean Water Foundation', 'Mekong Clean Water Foundation', 'Quỹ Nước sạch Mê Kông', 'MCWF', 'AU', 'private_fund', '88 Flinders Street, Melbourne VIC 3000, Australia', 'mekongwater.org.au', ['David Thornton', 'Chair'],
    'Safe water and sanitation for rural households of the Mekong Delta', [
      { type: 'operation', number: '087/GĐKHĐ-BNG', issuedOn: '2023-09-01', validTo: '2026-08-31', representative: p('Liam O’Connor', 'AU', '1976-11-19', 'male', 'PA7731205', '22 Hòa Bình, phường Ninh Kiều, Cần Thơ'),
        areas: ['92', '86', '91', '96'], fields: ['water_sanitation', 'environment_climate'],
        versions: [{ kind: 'extended', effectiveOn: '2026-08-20', decisionNumber: '601/QĐ-BNG', changes: { validTo: '2029-08-19' } }] },
    ], { unitCode: 'NGO-DEMO-002' }),
  org('Nordisk Handikappförbund', 'Nordic Disability Support Association', 'Hội Hỗ trợ Người khuyết tật Bắc Âu', 'NDSA', 'SE', 'non_profit', 'Sveavägen 44, 111 34 Stockholm, Sweden', 'ndsa.se', ['Ingrid Lindqvist', 'Secretary General'],
    'Inclusion of people with disabilities: rehabilitation, inclusive education, employment', [
      { type: 'rep_office', number: '031/GĐKVPĐD-BNG', issuedOn: '2023-06-20', validTo: '2028-06-19', officeCityCode: '01', officeAddress: 'Phòng 704, tòa nhà Hanoi Towers, 49 Hai Bà Trưng, phường Cửa Nam, Hà Nội',
        representative: p('Erik Johansson', 'SE', '1972-03-08', 'male', 'SE8823417', '49 Hai Bà Trưng, phường Cửa Nam, Hà Nội'), areas: ['01', '24', '37', '46'], fields: ['disability', 'education', 'social_protection'] },
    ], { unitCode: 'NGO-DEMO-003' }),
  org('Stichting Plattelandsontwikkeling Nederland', 'Netherlands Rural Development Organisation', 'Tổ chức Phát triển Nông thôn Hà Lan', 'NRDO', 'NL', 'non_profit', 'Catharijnesingel 30, 3511 GB Utrecht, Netherlands', 'nrdo.nl', ['Pieter van Dijk', 'Director'],
    'Climate-smart agriculture and cooperatives for smallholder farmers', [
      { type: 'legacy_operation', number: '1542/CNĐKHĐ-UBPCP', issuedOn: '2018-05-10', validTo: '2023-05-09', representative: p('Anneke de Vries', 'NL', '1969-01-27', 'female', 'NL4410982', '12 Nguyễn Huệ, phường Sài Gòn, TP Hồ Chí Minh'),
        areas: ['Bình Dương', 'Long An', 'Tiền Giang'], fields: ['agriculture_rural', 'livelihoods'] },
      { type: 'operation', number: '054/GĐKHĐ-BNG', issuedOn: '2024-05-06', validTo: '2027-05-05', representative: p('Anneke de Vries', 'NL', '1969-01-27', 'female', 'NL4410983', '12 Nguyễn Huệ, phường Sài Gòn, TP Hồ Chí Minh'),
        areas: ['79', '80', '82'], fields: ['agriculture_rural', 'livelihoods', 'environment_climate'] },
    ], { unitCode: 'NGO-DEMO-004' }),
  org('日本地域保健基金', 'Japan Community Health Fund', 'Quỹ Y tế Cộng đồng Nhật Bản', 'JCHF', 'JP', 'social_fund', '2-4-1 Kudankita, Chiyoda-ku, Tokyo 102-0073, Japan', 'jchf.or.jp', ['Tanaka Hiroshi', 'Chairperson'],
    'Primary health care, maternal and child health, elderly care', [
      { type: 'rep_office', number: '044/GĐKVPĐD-BNG', issuedOn: '2024-02-01', validTo: '2029-01-31', officeCityCode: '48', officeAddress: 'Tầng 5, 155 Trần Phú, phường Hải Châu, Đà Nẵng',
        representative: p('Sato Yuki', 'JP', '1984-09-14', 'female', 'TR2290516', '155 Trần Phú, phường Hải Châu, Đà Nẵng'), areas: ['48', '46', '51'], fields: ['health', 'social_protection'],
        versions: [{ kind: 'amended', effectiveOn: '2025-08-01', decisionNumber: '455/QĐ-BNG', changes: { officeAddress: 'Tầng 8, 02 Quang Trung, phường Hải Châu, Đà Nẵng', areas: ['48', '46', '51', '52'] } }] },
    ], { unitCode: 'NGO-DEMO-005' }),
  org('Hope for Vietnamese Children', 'Hope for Vietnamese Children', 'Hy vọng cho Trẻ em Việt Nam', 'HVC', 'GB', 'non_profit', '3 Bunhill Row, London EC1Y 8YZ, United Kingdom', 'hopevnchildren.org.uk', ['Charlotte Hughes', 'Chief Executive'],
    'Foster care, child protection and schooling for orphans', [
      { type: 'legacy_operation', number: '1187/CNĐKHĐ-UBPCP', issuedOn: '2017-03-20', validTo: '2022-03-19', representative: p('James Whitfield', 'GB', '1965-12-01', 'male', 'GB5120377', '27 Lý Thường Kiệt, Huế'),
        areas: ['Thừa Thiên Huế', 'Quảng Bình', 'Quảng Trị'], fields: ['children', 'education'] },
      { type: 'operation', number: '019/GĐKHĐ-BNG', issuedOn: '2023-01-12', validTo: '2026-01-11', representative: p('James Whitfield', 'GB', '1965-12-01', 'male', 'GB5120378', '27 Lý Thường Kiệt, phường Thuận Hóa, Huế'),
        areas: ['Thừa Thiên Huế', 'Quảng Trị'], fields: ['children', 'education'] },
    ]),
  org('Korea International Volunteer Organization', 'Korea International Volunteer Organization', 'Tổ chức Tình nguyện Quốc tế Hàn Quốc', 'KIVO', 'KR', 'non_profit', '27 Sejong-daero, Jung-gu, Seoul 04519, Republic of Korea', 'kivo.or.kr', ['Kim Min-jun', 'President'],
    'Volunteers for vocational training, IT skills and community development', [
      { type: 'operation', number: '131/GĐKHĐ-BNG', issuedOn: '2024-07-01', validTo: '2027-06-30', representative: p('Park Ji-woo', 'KR', '1988-04-22', 'female', 'M44718203', '61 Phạm Văn Đồng, phường Cầu Giấy, Hà Nội'),
        areas: ['01', '25', '19'], fields: ['education', 'science_technology', 'livelihoods'] },
    ]),
  org('Deutsche Stiftung für Umwelt und Klima', 'German Foundation for Environment and Climate', 'Quỹ Môi trường và Khí hậu Đức', 'DSUK', 'DE', 'private_fund', 'Friedrichstraße 95, 10117 Berlin, Germany', 'dsuk-stiftung.de', ['Dr. Katrin Bauer', 'Executive Director'],
    'Mangrove restoration, coastal resilience and climate adaptation', [
      { type: 'operation', number: '098/GĐKHĐ-BNG', issuedOn: '2024-11-20', validTo: '2027-11-19', representative: p('Thomas Weber', 'DE', '1979-08-30', 'male', 'C7XK42291', '8 Hùng Vương, phường Tân Thành, Cà Mau'),
        areas: ['96', '91', '86'], fields: ['environment_climate', 'disaster_relief'] },
    ]),
  org('Médecins pour le Développement', 'Doctors for Development', 'Bác sĩ vì Sự phát triển', 'MPD', 'FR', 'non_profit', '14 rue de la Roquette, 75011 Paris, France', 'medecins-developpement.fr', ['Dr. Claire Moreau', 'Présidente'],
    'Training of health workers and support to district hospitals in mountainous provinces', [
      { type: 'operation', number: '142/GĐKHĐ-BNG', issuedOn: '2025-01-06', validTo: '2028-01-05', representative: p('Julien Lefèvre', 'FR', '1983-02-17', 'male', '19FV33482', '5 Trường Chinh, phường Điện Biên Phủ, Điện Biên'),
        areas: ['11', '12', '14', '15'], fields: ['health', 'ethnic_minorities'] },
    ]),
  org('Canadian Fund for Gender Equality', 'Canadian Fund for Gender Equality', 'Quỹ Bình đẳng Giới Canada', 'CFGE', 'CA', 'private_fund', '180 Elgin Street, Ottawa ON K2P 2K3, Canada', 'cfge.ca', ['Emily Tremblay', 'Executive Director'],
    'Women’s economic empowerment and prevention of gender-based violence', [
      { type: 'operation', number: '076/GĐKHĐ-BNG', issuedOn: '2023-07-15', validTo: '2026-07-14', representative: p('Trần Thị Minh Châu', 'VN', '1985-10-05', 'female', 'C1234561', '102 Nguyễn Văn Cừ, phường Vinh Phú, Nghệ An'),
        areas: ['40', '42', '38'], fields: ['gender', 'livelihoods'],
        versions: [{ kind: 'extended', effectiveOn: '2026-07-01', decisionNumber: '512/QĐ-BNG', changes: { validTo: '2029-06-30' } }] },
    ]),
  org('Norsk Folkehjelp Vietnam', 'Norwegian People’s Aid Vietnam', 'Tổ chức Viện trợ Nhân dân Na Uy', 'NPAV', 'NO', 'non_profit', 'Storgata 33A, 0184 Oslo, Norway', 'npav.no', ['Lars Haugen', 'Secretary General'],
    'Survey and clearance of unexploded ordnance, victim assistance', [
      { type: 'operation', number: '025/GĐKHĐ-BNG', issuedOn: '2023-02-10', validTo: '2026-02-09', representative: p('Kristian Berg', 'NO', '1974-05-11', 'male', 'NO3391027', '18 Lê Duẩn, phường Đông Hà, Quảng Trị'),
        areas: ['44', '46'], fields: ['disaster_relief', 'disability'],
        versions: [{ kind: 'extended', effectiveOn: '2026-01-20', decisionNumber: '037/QĐ-BNG', changes: { validTo: '2029-01-19' } }] },
    ]),
  org('Schweizerische Stiftung für Bildung', 'Swiss Foundation for Education', 'Quỹ Giáo dục Thụy Sĩ', 'SSB', 'CH', 'private_fund', 'Bahnhofstrasse 21, 8001 Zürich, Switzerland', 'ssb-education.ch', ['Andreas Keller', 'President of the Board'],
    'Vocational education and teacher training', [
      { type: 'legacy_project_office', number: '0412/GĐKVPDA-UBPCP', issuedOn: '2020-09-01', validTo: '2025-08-31', representative: p('Nicole Meier', 'CH', '1977-07-07', 'female', 'X4821936', '45 Bạch Đằng, phường Hải Châu, Đà Nẵng'),
        areas: ['Quảng Nam', 'Đà Nẵng'], fields: ['education'] },
    ]),
  org('Belgian Friends of Vietnam', 'Belgian Friends of Vietnam', 'Hội Những người bạn Bỉ của Việt Nam', 'BFV', 'BE', 'non_profit', 'Rue Royale 120, 1000 Bruxelles, Belgium', 'belgianfriendsvn.be', ['Marc Dubois', 'Président'],
    'Support to schools, libraries and cultural exchange', [
      { type: 'operation', number: '103/GĐKHĐ-BNG', issuedOn: '2024-01-18', validTo: '2027-01-17', representative: p('Sophie Janssens', 'BE', '1986-03-29', 'female', 'EM4409218', '9 Ngô Quyền, phường Ngô Quyền, Hải Phòng'),
        areas: ['31', '33'], fields: ['culture', 'education'],
        decisions: [{ decisionStatus: 'suspended', effectiveOn: '2026-09-15', decisionNumber: '702/QĐ-BNG', reason: 'Hoạt động ngoài địa bàn được cấp phép (Quảng Ninh) / Activities outside the registered areas', proposedBy: 'UBND thành phố Hải Phòng' }] },
    ]),
  org('Singapore Humanitarian Network', 'Singapore Humanitarian Network', 'Mạng lưới Nhân đạo Singapore', 'SHN', 'SG', 'non_profit', '51 Bras Basah Road, Singapore 189554', 'shn.org.sg', ['Tan Wei Ling', 'Chairman'],
    'Emergency relief after typhoons and floods, disaster preparedness', [
      { type: 'operation', number: '121/GĐKHĐ-BNG', issuedOn: '2024-05-20', validTo: '2027-05-19', representative: p('Lim Jun Hao', 'SG', '1990-01-15', 'male', 'K1853320', '33 Phan Chu Trinh, phường Quy Nhơn, Gia Lai'),
        areas: ['52', '56', '66', '46'], fields: ['disaster_relief', 'social_protection'] },
    ]),
  org('Asia Foundation for Ethnic Minorities', 'Asia Foundation for Ethnic Minorities', 'Quỹ châu Á vì Đồng bào Dân tộc thiểu số', 'AFEM', 'US', 'private_fund', '465 California Street, San Francisco, CA 94104, USA', 'afem.org', ['Robert Chen', 'President'],
    'Bilingual education, livelihoods and cultural preservation for ethnic minorities', [
      { type: 'legacy_operation', number: '1733/CNĐKHĐ-UBPCP', issuedOn: '2022-06-15', validTo: '2027-06-14', representative: p('Jennifer Park', 'US', '1982-08-08', 'female', 'US6612903', '21 Hoàng Hoa Thám, phường Pleiku, Gia Lai'),
        areas: ['Kon Tum', 'Gia Lai', 'Đắk Nông'], fields: ['ethnic_minorities', 'education', 'culture'] },
    ]),
  org('Save the Rivers Australia', 'Save the Rivers Australia', 'Tổ chức Bảo vệ Dòng sông Úc', 'SRA', 'AU', 'non_profit', '120 Spencer Street, Melbourne VIC 3000, Australia', 'savetherivers.org.au', ['Olivia Bennett', 'CEO'],
    'River basin management and community fisheries', [
      { type: 'operation', number: '136/GĐKHĐ-BNG', issuedOn: '2024-09-09', validTo: '2027-09-08', representative: p('Noah Mitchell', 'AU', '1987-12-24', 'male', 'PB8810344', '4 Trần Hưng Đạo, phường Long Xuyên, An Giang'),
        areas: ['91', '82'], fields: ['environment_climate', 'livelihoods'] },
    ]),
  org('Danish Hearing Aid Foundation', 'Danish Hearing Aid Foundation', 'Quỹ Hỗ trợ Thính lực Đan Mạch', 'DHAF', 'DK', 'private_fund', 'Amaliegade 10, 1256 København K, Denmark', 'dhaf.dk', ['Mette Nielsen', 'Director'],
    'Hearing screening for children and training of audiologists', [
      { type: 'operation', number: '148/GĐKHĐ-BNG', issuedOn: '2025-04-01', validTo: '2028-03-31', representative: p('Rasmus Sørensen', 'DK', '1980-10-10', 'male', '207734619', '72 Lê Lợi, phường Thuận Hóa, Huế'),
        areas: ['46', '01'], fields: ['disability', 'health', 'children'] },
    ]),
  org('Finnish Forest Partnership', 'Finnish Forest Partnership', 'Đối tác Lâm nghiệp Phần Lan', 'FFP', 'FI', 'non_profit', 'Mannerheimintie 12, 00100 Helsinki, Finland', 'forestpartnership.fi', ['Juha Virtanen', 'Executive Director'],
    'Community forestry and forest land allocation', [
      { type: 'operation', number: '061/GĐKHĐ-BNG', issuedOn: '2023-06-01', validTo: '2025-12-31', representative: p('Aino Korhonen', 'FI', '1975-02-02', 'female', 'PF1122334', '14 Hùng Vương, phường Kỳ Lừa, Lạng Sơn'),
        areas: ['20', '04', '08'], fields: ['environment_climate', 'agriculture_rural', 'ethnic_minorities'] },
    ], { homeRegistrationExpiresOn: '2025-12-31' }),
  org('Irish Aid for Education Trust', 'Irish Aid for Education Trust', 'Quỹ Tín thác Hỗ trợ Giáo dục Ireland', 'IAET', 'IE', 'social_fund', '27 Merrion Square, Dublin 2, D02 R299, Ireland', 'iaet.ie', ['Siobhán Murphy', 'Chairperson'],
    'Scholarships and school meals for pupils in remote communes', [
      { type: 'operation', number: '155/GĐKHĐ-BNG', issuedOn: '2025-06-02', validTo: '2028-06-01', representative: p('Conor Walsh', 'IE', '1989-05-05', 'male', 'PX5566778', '9 Lê Lai, phường Hà Giang 1, Tuyên Quang'),
        areas: ['08', '04'], fields: ['education', 'children'] },
    ]),
  org('New Zealand Vietnam Health Trust', 'New Zealand Vietnam Health Trust', 'Quỹ Tín thác Y tế New Zealand – Việt Nam', 'NZVHT', 'NZ', 'social_fund', '2 Wakefield Street, Wellington 6011, New Zealand', 'nzvht.org.nz', ['Grace Thompson', 'Chair'],
    'Eye care, cataract surgery and training of ophthalmic nurses', [
      { type: 'legacy_rep_office', number: '0318/GĐKVPĐD-UBPCP', issuedOn: '2022-03-01', validTo: '2027-02-28', officeCityCode: '79', officeAddress: '235 Nguyễn Văn Cừ, phường Chợ Quán, TP Hồ Chí Minh',
        representative: p('Hamish Clarke', 'NZ', '1970-09-19', 'male', 'LM7788990', '235 Nguyễn Văn Cừ, phường Chợ Quán, TP Hồ Chí Minh'), areas: ['TP. Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'], fields: ['health'] },
    ]),
  org('Fondazione Italiana per lo Sviluppo', 'Italian Development Foundation', 'Quỹ Phát triển Italia', 'FIS', 'IT', 'private_fund', 'Via del Corso 262, 00186 Roma, Italy', 'fis-sviluppo.it', ['Giulia Romano', 'Presidente'],
    'Heritage conservation, craft villages and tourism livelihoods', [
      { type: 'operation', number: '117/GĐKHĐ-BNG', issuedOn: '2024-05-02', validTo: '2027-05-01', representative: p('Marco Ricci', 'IT', '1978-06-06', 'male', 'YA1239874', '28 Nguyễn Thái Học, phường Hội An, Đà Nẵng'),
        areas: ['48', '46'], fields: ['culture', 'livelihoods'] },
    ]),
  org('Fundación Española de Cooperación', 'Spanish Cooperation Foundation', 'Quỹ Hợp tác Tây Ban Nha', 'FEC', 'ES', 'private_fund', 'Calle de Alcalá 70, 28009 Madrid, Spain', 'fec-cooperacion.es', ['Javier García', 'Presidente'],
    'Microfinance and cooperatives for women in rural areas', [
      { type: 'operation', number: '082/GĐKHĐ-BNG', issuedOn: '2024-08-14', validTo: '2027-08-13', representative: p('Lucía Fernández', 'ES', '1986-11-11', 'female', 'PAB456712', '11 Trần Phú, phường Thanh Hóa, Thanh Hóa'),
        areas: ['38', '37'], fields: ['livelihoods', 'gender'] },
    ]),
  org('Österreichische Kinderhilfe', 'Austrian Children’s Aid', 'Tổ chức Trợ giúp Trẻ em Áo', 'OKH', 'AT', 'non_profit', 'Mariahilfer Straße 45, 1060 Wien, Austria', 'kinderhilfe.at', ['Stefan Gruber', 'Obmann'],
    'Kindergartens, nutrition and early childhood development', [
      { type: 'operation', number: '126/GĐKHĐ-BNG', issuedOn: '2024-06-10', validTo: '2027-06-09', representative: p('Julia Hofer', 'AT', '1991-04-04', 'female', 'P6677123', '3 Hoàng Văn Thụ, phường Sơn La, Sơn La'),
        areas: ['14', '11'], fields: ['children', 'health', 'education'] },
    ]),
  org('Luxembourg Water Solidarity', 'Luxembourg Water Solidarity', 'Hội Đoàn kết vì Nước sạch Luxembourg', 'LWS', 'LU', 'non_profit', '12 Avenue de la Liberté, 1930 Luxembourg', 'lws.lu', ['Claude Schmit', 'Président'],
    'Rainwater harvesting and school latrines', [
      { type: 'operation', number: '139/GĐKHĐ-BNG', issuedOn: '2024-10-21', validTo: '2027-10-20', representative: p('Anne Weber', 'LU', '1983-03-03', 'female', 'LU9900113', '17 Nguyễn Tất Thành, phường Buôn Ma Thuột, Đắk Lắk'),
        areas: ['66', '68'], fields: ['water_sanitation'] },
    ]),
  org('Global Literacy Alliance', 'Global Literacy Alliance', 'Liên minh Xóa mù chữ Toàn cầu', 'GLA', 'US', 'non_profit', '55 Water Street, New York, NY 10041, USA', 'globalliteracy.org', ['Patricia Gomez', 'Executive Director'],
    'Reading programmes, school libraries and teacher coaching', [
      { type: 'rep_office', number: '052/GĐKVPĐD-BNG', issuedOn: '2025-02-17', validTo: '2030-02-16', officeCityCode: '79', officeAddress: 'Phòng 1203, 180 Nguyễn Thị Minh Khai, phường Xuân Hòa, TP Hồ Chí Minh',
        representative: p('Michael Turner', 'US', '1977-01-21', 'male', 'US7734521', '180 Nguyễn Thị Minh Khai, phường Xuân Hòa, TP Hồ Chí Minh'), areas: ['79', '75', '80', '86'], fields: ['education', 'children'] },
    ]),
  org('British Council for Heritage Trust', 'Heritage Partnership Trust', 'Quỹ Đối tác Di sản Anh', 'HPT', 'GB', 'social_fund', '10 Spring Gardens, London SW1A 2BN, United Kingdom', 'heritagepartnership.org.uk', ['Oliver Grant', 'Chair of Trustees'],
    'Documentation and conservation of historic monuments', [
      { type: 'legacy_operation', number: '1655/CNĐKHĐ-UBPCP', issuedOn: '2020-02-03', validTo: '2025-02-02', representative: p('Eleanor Price', 'GB', '1968-10-30', 'female', 'GB3302456', '6 Đinh Tiên Hoàng, Huế'),
        areas: ['Thừa Thiên Huế', 'Quảng Nam'], fields: ['culture'] },
    ]),
  org('한국 농촌개발 협력단', 'Korea Rural Cooperation Agency', 'Cơ quan Hợp tác Phát triển Nông thôn Hàn Quốc', 'KRCA', 'KR', 'other', '88 Gukhoe-daero, Yeongdeungpo-gu, Seoul, Republic of Korea', 'krca.or.kr', ['Lee Seo-yeon', 'Director General'],
    'New rural development model villages and agricultural extension', [
      { type: 'operation', number: '092/GĐKHĐ-BNG', issuedOn: '2024-10-02', validTo: '2027-10-01', representative: p('Choi Dong-hyun', 'KR', '1973-07-16', 'male', 'M22334455', '50 Lê Hồng Phong, phường Thái Nguyên, Thái Nguyên'),
        areas: ['19', '24'], fields: ['agriculture_rural', 'livelihoods'] },
    ]),
  org('Stichting Mondiale Gezondheid', 'Global Health Foundation Netherlands', 'Quỹ Sức khỏe Toàn cầu Hà Lan', 'GHFN', 'NL', 'private_fund', 'Herengracht 450, 1017 CA Amsterdam, Netherlands', 'ghfn.nl', ['Sanne Bakker', 'Director'],
    'Tuberculosis and HIV prevention, community health workers', [
      { type: 'operation', number: '145/GĐKHĐ-BNG', issuedOn: '2025-03-03', validTo: '2028-03-02', representative: p('Daan Visser', 'NL', '1985-08-25', 'male', 'NX7712345', '120 Lê Lợi, phường Thuận Hóa, Huế'),
        areas: ['46', '51', '92'], fields: ['health'] },
    ]),
  org('Japan Platform for Disaster Resilience', 'Japan Platform for Disaster Resilience', 'Mạng lưới Nhật Bản về Chống chịu Thiên tai', 'JPDR', 'JP', 'non_profit', '1-6-1 Otemachi, Chiyoda-ku, Tokyo 100-0004, Japan', 'jpdr.or.jp', ['Yamamoto Kenji', 'Representative Director'],
    'Community-based disaster risk management and safe schools', [
      { type: 'operation', number: '150/GĐKHĐ-BNG', issuedOn: '2025-04-21', validTo: '2028-04-20', representative: p('Nakamura Aiko', 'JP', '1987-02-28', 'female', 'TK5544332', '30 Quang Trung, phường Cẩm Thành, Quảng Ngãi'),
        areas: ['51', '44', '42'], fields: ['disaster_relief', 'education'] },
    ]),
  org('Fondation France Solidarité Vietnam', 'France Vietnam Solidarity Foundation', 'Quỹ Đoàn kết Pháp – Việt Nam', 'FSV', 'FR', 'private_fund', '8 boulevard Saint-Michel, 75006 Paris, France', 'fsv-solidarite.fr', ['Isabelle Laurent', 'Présidente'],
    'Social housing, elderly care and support to people with disabilities', [
      { type: 'legacy_operation', number: '1820/CNĐKHĐ-UBPCP', issuedOn: '2022-04-11', validTo: '2027-04-10', representative: p('François Petit', 'FR', '1966-04-12', 'male', '22AB55671', '15 Phạm Ngọc Thạch, phường Bến Thành, TP Hồ Chí Minh'),
        areas: ['TP. Hồ Chí Minh', 'Bình Dương', 'Đồng Nai'], fields: ['social_protection', 'disability'] },
    ]),
  org('Canadian Society for Sight', 'Canadian Society for Sight', 'Hội Thị lực Canada', 'CSS', 'CA', 'non_profit', '1929 Bayview Avenue, Toronto ON M4G 3E8, Canada', 'sightcanada.org', ['Daniel Roy', 'President'],
    'Refractive error screening and glasses for schoolchildren', [
      { type: 'operation', number: '158/GĐKHĐ-BNG', issuedOn: '2025-07-07', validTo: '2028-07-06', representative: p('Chloé Gagnon', 'CA', '1992-09-09', 'female', 'AB1928374', '22 Nguyễn Trãi, phường Hải Dương, Hải Phòng'),
        areas: ['31', '33', '37'], fields: ['health', 'children'] },
    ]),
  org('Swedish Organisation for Clean Air', 'Swedish Organisation for Clean Air', 'Tổ chức Không khí Sạch Thụy Điển', 'SOCA', 'SE', 'non_profit', 'Kungsgatan 8, 111 43 Stockholm, Sweden', 'cleanair.se', ['Anna Eriksson', 'Director'],
    'Air quality monitoring and clean cooking for urban and peri-urban households', [
      { type: 'operation', number: '161/GĐKHĐ-BNG', issuedOn: '2025-09-15', validTo: '2028-09-14', representative: p('Oskar Lund', 'SE', '1984-12-12', 'male', 'SE2233445', '45 Tràng Thi, phường Hoàn Kiếm, Hà Nội'),
        areas: ['01', '24', '22'], fields: ['environment_climate', 'health'] },
    ]),
];
