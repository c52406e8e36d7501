/**
 * Renders a deck text's inline markup (lib/present/inline.ts) as HTML, with its math
 * typeset by KaTeX at build time, exactly as the chapter's own math is.
 */
import katex from 'katex';
import { parseInline } from '@/lib/present/inline';

export function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, i) => {
        if (part.kind === 'math') return <span key={i} dangerouslySetInnerHTML={{ __html: katex.renderToString(part.value, { throwOnError: true, output: 'htmlAndMathml' }) }} />;
        if (part.kind === 'strong') return <strong key={i}>{part.value}</strong>;
        if (part.kind === 'em') return <em key={i}>{part.value}</em>;
        if (part.kind === 'code') return <code key={i}>{part.value}</code>;
        return part.value;
      })}
    </>
  );
}
