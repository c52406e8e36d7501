/**
 * A token as a widget writes it: spaces, newlines and tabs made visible (␣ ↵ ⇥)
 * wherever they sit in the token, so " the" reads "␣the" and a token that is only
 * a space is not an empty box. Tokens of a subword or byte tokenizer keep their
 * leading space, which is exactly what readers need to see.
 *
 * `visibleToken` is the attention views' variant: a token that is only whitespace
 * (including no-break and ideographic spaces) becomes one symbol, and a word token
 * marks only its leading spaces and line breaks.
 */
const MARKS: Record<string, string> = { ' ': '␣', '\n': '↵', '\t': '⇥', '\r': '' };

export function tokenText(token: string): string {
  return token.replace(/[ \n\t\r]/g, (c) => MARKS[c]);
}

/** What a token is, for display: whitespace gets a visible symbol and a spoken name. */
export type TokenKind = 'space' | 'newline' | 'tab' | 'other';

export function tokenKind(token: string): TokenKind {
  if (token === ' ' || token === '\u00a0' || token === '\u3000') return 'space';
  if (token === '\n' || token === '\r') return 'newline';
  if (token === '\t') return 'tab';
  return 'other';
}

/**
 * The symbol drawn for a token: ␣ for a space, ↵ for a line break, ⇥ for a tab; a word
 * token keeps its leading space visible as ␣ (" cat" is drawn ␣cat: the space belongs to
 * the token, and HTML would otherwise swallow it).
 */
export function visibleToken(token: string): string {
  const kind = tokenKind(token);
  if (kind !== 'other') return { space: '␣', newline: '↵', tab: '⇥' }[kind];
  return token.replace(/^ +/, (spaces) => '␣'.repeat(spaces.length)).replace(/\n/g, '↵');
}
