import { splitByRanges, type HighlightRange } from './highlight';

const markStyle = { padding: 0, background: '#ffe58f', borderRadius: 2 } as const;

/** Text with the search matches wrapped in <mark>. */
export function HighlightedText({ text, ranges }: { text: string; ranges?: readonly HighlightRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((segment, index) =>
        segment.isMatch ? (
          <mark key={index} style={markStyle}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
