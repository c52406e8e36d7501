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

/** Unicode sub- and superscripts, for the characters that have one. */
const SUBSCRIPT: Record<string, string> = Object.fromEntries([...'0123456789aehijklmnoprstuvx+-=()'].map((c, i) => [c, [...'₀₁₂₃₄₅₆₇₈₉ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₊₋₌₍₎'][i]]));
const SUPERSCRIPT: Record<string, string> = Object.fromEntries([...'0123456789+-=()nT'].map((c, i) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀ'][i]]));
const SYMBOLS: Record<string, string> = { cdot: '·', times: '×', le: '≤', leq: '≤', ge: '≥', geq: '≥', approx: '≈', to: '→', infty: '∞', sum: 'Σ', theta: 'θ', omega: 'ω', alpha: 'α', beta: 'β' };

/** `x` written with `table`'s characters when every one has a form there, else `mark` + x (so "d_model" stays readable). */
function script(x: string, table: Record<string, string>, mark: string): string {
  const chars = [...x];
  return chars.every((c) => c in table) ? chars.map((c) => table[c]).join('') : `${mark}${chars.length > 1 && mark === '^' ? `(${x})` : x}`;
}

/**
 * A plain-text reading of the little TeX that deck titles and notes use: \text{…} and
 * \mathrm{…} as their text, \sqrt{x} as √x, sub- and superscripts in Unicode where the
 * characters have one ("d_k" → "dₖ", "x^2" → "x²"), else with "_" or "^" kept, a few
 * symbols as their characters, other commands as their names.
 */
export function texToText(tex: string): string {
  let text = tex.replace(/\\(?:text|mathrm|mathit|operatorname)\{([^{}]*)\}/g, '$1');
  text = text.replace(/_(?:\{([^{}]*)\}|(\w))/g, (_, group: string | undefined, one: string | undefined) => script(group ?? one ?? '', SUBSCRIPT, '_'));
  text = text.replace(/\^(?:\{([^{}]*)\}|(\w))/g, (_, group: string | undefined, one: string | undefined) => script(group ?? one ?? '', SUPERSCRIPT, '^'));
  text = text.replace(/\\sqrt\{([^{}]*)\}/g, (_, x: string) => `√${/[\s+\-*/=]/.test(x) ? `(${x})` : x}`);
  text = text.replace(/\\([a-zA-Z]+)/g, (_, name: string) => SYMBOLS[name] ?? name).replace(/\\[,;!]/g, ' ');
  return text.replace(/[{}]/g, '').replace(/ {2,}/g, ' ');
}

/** The text a screen reader or a plain-text place (a window title, the notes' "next" line) shows. */
export function plainInline(source: string): string {
  return parseInline(source)
    .map((part) => (part.kind === 'math' ? texToText(part.value) : part.value))
    .join('');
}
