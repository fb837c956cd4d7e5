import type { Random } from './synthetic-random';

/** Naming traditions of the people in the synthetic register. */
export type NameCulture = 'vi' | 'en' | 'de' | 'fr' | 'nl' | 'nordic' | 'es' | 'it' | 'ja' | 'ko' | 'zh';

interface NameList {
  family: readonly string[];
  male: readonly string[];
  female: readonly string[];
  /** Family name first (Vietnamese, Japanese, Korean, Chinese). */
  familyFirst: boolean;
}

const split = (s: string) => s.split(' ');
const splitBar = (s: string) => s.split('|');

const NAMES: Record<NameCulture, NameList> = {
  vi: {
    family: [],
    male: [],
    female: [],
    familyFirst: true,
  },
  en: {
    family: split('Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Bennett Hughes Ellis Whitfield Thornton Walsh Clarke Murray Fraser Kelly'),
    male: split('James John Robert Michael William David Richard Thomas Daniel Matthew Andrew Mark Paul Steven Kevin Brian George Edward Peter Liam Noah Oliver Jack Henry Samuel Benjamin Conor Hamish Patrick Simon'),
    female: split('Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Emily Emma Olivia Charlotte Amelia Grace Sophie Rachel Hannah Laura Megan Catherine Margaret Helen Anna Claire Lucy Rebecca Siobhan Fiona Alice'),
    familyFirst: false,
  },
  de: {
    family: split('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Meier Lehmann Huber Gruber Keller Vogel Jäger Fuchs Brandt'),
    male: split('Andreas Stefan Michael Thomas Markus Christian Jürgen Klaus Wolfgang Matthias Tobias Florian Lukas Jonas Felix Sebastian Johannes Martin'),
    female: split('Sabine Petra Claudia Andrea Julia Katharina Anna Lena Laura Sarah Monika Ursula Birgit Nicole Christine Franziska Jana Miriam'),
    familyFirst: false,
  },
  fr: {
    family: split('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel David Bertrand Roux Vincent Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Mercier Blanc Guérin Chevalier Janssens Peeters'),
    male: split('Jean Pierre Louis Thomas Nicolas Julien Antoine François Étienne Mathieu Philippe Olivier Christophe Marc Hugo Théo Benoît'),
    female: split('Marie Camille Sophie Claire Émilie Julie Céline Isabelle Léa Chloé Hélène Amélie Nathalie Sandrine Manon Élise Margaux'),
    familyFirst: false,
  },
  nl: {
    family: splitBar('de Vries|Jansen|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|van der Berg|Willems'),
    male: split('Pieter Jan Daan Sander Thijs Bram Joost Maarten Willem Ruben Koen Stijn'),
    female: split('Anneke Sanne Lotte Femke Eva Anouk Marloes Ingrid Sophie Lieke Maaike Fleur'),
    familyFirst: false,
  },
  nordic: {
    family: split('Johansson Andersson Karlsson Nilsson Eriksson Larsson Lindqvist Lindberg Hansen Johansen Olsen Larsen Nielsen Jensen Pedersen Sørensen Haugen Berg Korhonen Virtanen Mäkinen Halvorsen Dahl Holm'),
    male: split('Erik Lars Anders Mikael Rasmus Kristian Magnus Henrik Nils Johan Juha Mikko Ole Søren Bjørn'),
    female: split('Ingrid Astrid Karin Sofia Mette Sigrid Aino Freja Maja Linnea Hanna Kirsten Liv Elin Helle'),
    familyFirst: false,
  },
  es: {
    family: split('García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Domínguez'),
    male: split('Javier Carlos Pablo Alejandro Diego Miguel Sergio Jorge Manuel Álvaro Andrés'),
    female: split('Lucía María Carmen Elena Laura Marta Sofía Paula Irene Cristina Ana'),
    familyFirst: false,
  },
  it: {
    family: split('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Fontana Moretti Barbieri Lombardi'),
    male: split('Marco Luca Giuseppe Alessandro Matteo Francesco Lorenzo Andrea Davide Stefano Paolo'),
    female: split('Giulia Francesca Chiara Sara Martina Elena Valentina Alessia Federica Silvia'),
    familyFirst: false,
  },
  ja: {
    family: split('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori'),
    male: split('Hiroshi Takeshi Kenji Haruto Daisuke Yuto Sota Kazuki Satoshi Naoki Ryo Shota'),
    female: split('Yuki Aiko Haruka Yui Sakura Emi Keiko Naomi Misaki Ayaka Mai Yoko'),
    familyFirst: true,
  },
  ko: {
    family: split('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang'),
    male: split('Min-jun Do-yun Seo-jun Ji-ho Hyun-woo Jae-won Sung-min Dong-hyun Joon-ho Tae-yang'),
    female: split('Seo-yeon Ji-woo Ha-eun Su-bin Ye-jin Eun-ji Min-seo Ji-yeon Hye-jin So-yeon'),
    familyFirst: true,
  },
  zh: {
    family: split('Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Chen Lin Wang Huang'),
    male: splitBar('Jun Hao|Zhi Hao|Kai Wen|Wei Jie|Jia Le|Yong Ming|Cheng Long'),
    female: splitBar('Wei Ling|Mei Ling|Hui Min|Xin Yi|Jia Hui|Li Ting|Shu Fen'),
    familyFirst: true,
  },
};

const VI_FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4.5], ['Vũ', 4], ['Võ', 3.5], ['Đặng', 2],
  ['Bùi', 2], ['Đỗ', 1.5], ['Hồ', 1.5], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trịnh', 0.6], ['Mai', 0.5], ['Lương', 0.5],
];
const VI_MIDDLE = { male: split('Văn Đức Minh Quang Hữu Thành Công Xuân Tuấn Hoàng'), female: split('Thị Ngọc Thu Thanh Mai Hồng Minh Phương Bích Kim') };
const VI_GIVEN = {
  male: split('An Bình Cường Dũng Hải Hùng Huy Khoa Long Nam Phong Quân Sơn Thắng Trung Tuấn Việt Đạt Hiếu Khánh Lâm Lộc Minh Nghĩa Phúc Quang Tài Thành Toàn Vinh'),
  female: split('Anh Châu Chi Dung Hà Hạnh Hoa Hương Lan Linh Mai Ngân Nhung Phương Thảo Trang Vy Yến Giang Hằng Hiền Huyền Loan My Nga Nhi Oanh Quyên Thủy Uyên'),
};

/** A person's name and sex. */
export interface PersonName {
  fullName: string;
  gender: 'female' | 'male';
}

/** A random full name in a naming tradition (Vietnamese: family, middle, given; Japanese: family first). */
export function personName(r: Random, culture: NameCulture): PersonName {
  const gender = r.chance(0.5) ? 'female' : 'male';
  if (culture === 'vi') {
    return { fullName: `${r.weighted(VI_FAMILY)} ${r.pick(VI_MIDDLE[gender])} ${r.pick(VI_GIVEN[gender])}`, gender };
  }
  const list = NAMES[culture];
  const given = r.pick(gender === 'female' ? list.female : list.male);
  const family = r.pick(list.family);
  return { fullName: list.familyFirst ? `${family} ${given}` : `${given} ${family}`, gender };
}

/** A family name of a tradition (for founders' names such as "Ellis Family Foundation"). */
export function familyName(r: Random, culture: Exclude<NameCulture, 'vi'>): string {
  return r.pick(NAMES[culture].family);
}

/** A given name of a tradition. */
export function givenName(r: Random, culture: Exclude<NameCulture, 'vi'>, gender: 'female' | 'male'): string {
  return r.pick(NAMES[culture][gender]);
}

/** Every word that can appear in a generated person's name (to check the JS fold against SQL vn_norm). */
export function allNameWords(): string[] {
  const words = new Set<string>();
  const add = (s: string) => s.split(' ').forEach((w) => words.add(w));
  for (const list of Object.values(NAMES)) [...list.family, ...list.male, ...list.female].forEach(add);
  VI_FAMILY.forEach(([w]) => add(w));
  [...VI_MIDDLE.male, ...VI_MIDDLE.female, ...VI_GIVEN.male, ...VI_GIVEN.female].forEach(add);
  return [...words];
}
