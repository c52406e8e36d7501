/**
 * The little inline markup of deck texts (key points, titles, notes): `$…$` for math
 * (typeset by KaTeX when the page is built), `**…**` for strong and `*…*` for light
 * emphasis, and `` `…` `` for code.
 * Everything else is plain text; a delimiter without its closing partner is plain text
 * too, so a stray "$5" stays readable.
 */
export type InlinePart = { kind: 'text' | 'math' | 'strong' | 'em' | 'code'; value: string };

const PATTERN = /\$([^$\n]+)\$|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|`([^`\n]+)`/g;

export function parseInline(source: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  const push = (part: InlinePart) => {
    const previous = parts[parts.length - 1];
    if (part.kind === 'text' && previous?.kind === 'text') previous.value += part.value;
    else if (part.value) parts.push(part);
  };
  for (const match of source.matchAll(PATTERN)) {
    push({ kind: 'text', value: source.slice(last, match.index) });
    if (match[1] !== undefined) push({ kind: 'math', value: match[1] });
    else if (match[2] !== undefined) push({ kind: 'strong', value: match[2] });
    else if (match[3] !== undefined) push({ kind: 'em', value: match[3] });
    else push({ kind: 'code', value: match[4] });
    last = match.index + match[0].length;
  }
  push({ kind: 'text', value: source.slice(last) });
  return parts;
}

/** The text a screen reader or a plain-text place (a window title, the notes' "next" line) shows. */
export function plainInline(source: string): string {
  return parseInline(source)
    .map((part) => part.value)
    .join('');
}
