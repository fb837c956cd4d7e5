/** A `{ vi, en }` text as the API sends it. */
export interface BilingualText {
  vi: string;
  en: string;
}

/** The text in the interface language (English for 'en…', Vietnamese otherwise), falling back to the other one when empty. */
export function textIn(text: BilingualText, language: string): string {
  const english = language.toLowerCase().startsWith('en');
  return (english ? text.en : text.vi) || (english ? text.vi : text.en);
}

/** What the bell's badge shows: the count, capped ("99+"). */
export function badgeLabel(unread: number, cap = 99): string {
  return unread > cap ? `${cap}+` : String(Math.max(0, unread));
}
