import { foldVietnamese } from '../../../common/text';

export { foldVietnamese };

/** True when `text` contains `query`, ignoring case and Vietnamese diacritics. */
export function matchesFolded(text: string, query: string): boolean {
  return foldVietnamese(text).includes(foldVietnamese(query));
}

const collator = new Intl.Collator('vi');

/** Compares two strings in Vietnamese alphabetical order (Đ after D, not after Z). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
