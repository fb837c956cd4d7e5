/** A piece of mail text: plain text or a link. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/g;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where a link found in a mail should open from the development mailbox: a link to a local address
 * (localhost, 127.0.0.1) opens the same path on the site being viewed, since PUBLIC_BASE_URL of a test server
 * rarely matches the port it runs on; any other link is kept as it is.
 */
export function mailboxHref(url: string, currentOrigin: string): string {
  try {
    const parsed = new URL(url);
    if (!LOCAL_HOSTS.has(parsed.hostname) || parsed.origin === currentOrigin) return url;
    return `${currentOrigin}${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return url;
  }
}

/** Splits plain mail text into text and http(s) links (trailing punctuation stays outside the link). */
export function splitLinks(text: string, currentOrigin: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: match[0], href: mailboxHref(match[0], currentOrigin) });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
