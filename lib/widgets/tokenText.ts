/**
 * A token as a widget writes it: spaces, newlines and tabs made visible (␣ ↵ ⇥)
 * wherever they sit in the token, so " the" reads "␣the" and a token that is only
 * a space is not an empty box. Tokens of a subword or byte tokenizer keep their
 * leading space, which is exactly what readers need to see.
 */
const MARKS: Record<string, string> = { ' ': '␣', '\n': '↵', '\t': '⇥', '\r': '' };

export function tokenText(token: string): string {
  return token.replace(/[ \n\t\r]/g, (c) => MARKS[c]);
}
