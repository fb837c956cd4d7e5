/** A matched part of a text: [start, end) in UTF-16 code units, as the API's `highlight` sends them (a 2-item array). */
export type HighlightRange = readonly number[];

/** A piece of text, marked when it is part of a match. */
export interface TextSegment {
  text: string;
  isMatch: boolean;
}

/**
 * Cuts `text` into plain and matched segments from the server's highlight ranges. Ranges out of bounds are
 * clipped, overlapping or unsorted ones are tolerated, so a stale or odd range never breaks the row.
 */
export function splitByRanges(text: string, ranges: readonly HighlightRange[] | undefined): TextSegment[] {
  if (!text) return [];
  const sorted = [...(ranges ?? [])]
    .map(([start = 0, end = 0]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), isMatch: false });
    const last = segments[segments.length - 1];
    if (last?.isMatch && from === at) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), isMatch: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), isMatch: false });
  return segments;
}
