/**
 * Plain-text notation in props that cannot hold math (quiz questions and answers):
 * "d_k", "W^Q", "d_{model}" or "e^5" are shown with a real subscript or superscript
 * instead of the raw underscore or caret. Only a single letter directly before `_` or
 * `^` counts, so words such as "top_k" stay as written.
 */
import type { ReactNode } from 'react';

const NOTATION = /\b([A-Za-z])([_^])(\{([^{}]+)\}|[A-Za-z0-9]+)/g;

export function withNotation(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(NOTATION)) {
    parts.push(text.slice(last, match.index));
    const script = match[4] ?? match[3];
    parts.push(match[1], match[2] === '_' ? <sub key={match.index}>{script}</sub> : <sup key={match.index}>{script}</sup>);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts;
}
