/**
 * One term per concept on the Chinese site. The list (terminology.zh.json) names, for
 * each concept, the preferred Chinese term and the variants that must not appear. A
 * variant may be legitimately contained in a longer word (“提示词元” contains “提示词”),
 * so an entry can list `allow` strings: an occurrence inside one of them is not counted.
 *
 * Every forbidden variant must contain a Chinese character. That keeps the check safe on
 * files that hold both languages (the widgets' strings.ts): English text can never match.
 *
 * Two style rules go with the terms: no western italics around Chinese text in MDX (the
 * fonts only fake them), and no half-width colon right after a Chinese character.
 */

export interface TermRule {
  concept: string;
  preferred: string;
  forbidden: string[];
  allow?: string[];
  note?: string;
}

export interface TermFinding {
  line: number;
  found: string;
  preferred: string;
  concept: string;
}

const CJK = /[\u3400-\u9fff]/;

/** Problems with the list itself: variants that could match English, or that are also preferred. */
export function ruleProblems(rules: TermRule[]): string[] {
  const problems: string[] = [];
  for (const rule of rules) {
    if (!rule.forbidden.length) problems.push(`“${rule.concept}” lists no forbidden variant`);
    for (const variant of rule.forbidden) {
      if (!CJK.test(variant)) problems.push(`“${rule.concept}”: variant "${variant}" has no Chinese character`);
      if (variant === rule.preferred) problems.push(`“${rule.concept}”: "${variant}" is both preferred and forbidden`);
    }
  }
  return problems;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Is the match at `index` part of one of the allowed longer words? */
function insideAllowed(text: string, index: number, variant: string, allow: string[]): boolean {
  return allow.some((word) => {
    const offset = word.indexOf(variant);
    return offset >= 0 && text.startsWith(word, index - offset);
  });
}

/** Every forbidden variant in `text`, with its line number. */
export function termFindings(text: string, rules: TermRule[]): TermFinding[] {
  const findings: TermFinding[] = [];
  for (const rule of rules) {
    for (const variant of rule.forbidden) {
      for (let at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + variant.length)) {
        if (insideAllowed(text, at, variant, rule.allow ?? [])) continue;
        findings.push({ line: lineOf(text, at), found: variant, preferred: rule.preferred, concept: rule.concept });
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Lines where a Markdown italic (single `*` or `_`) wraps Chinese text. */
export function chineseItalics(mdx: string): number[] {
  const lines: number[] = [];
  mdx.split('\n').forEach((line, i) => {
    const prose = line.replace(/`[^`]*`/g, '').replace(/\$[^$]*\$/g, '').replace(/\*\*/g, '');
    if (/(^|[^*\w])\*[^*\s][^*]*\*(?!\*)/.test(prose) && [...prose.matchAll(/\*([^*]+)\*/g)].some((m) => CJK.test(m[1]))) lines.push(i + 1);
  });
  return lines;
}

/** Lines where a Chinese character is followed by a half-width colon. */
export function halfWidthColons(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (/[\u3400-\u9fff]:/.test(line)) lines.push(i + 1);
  });
  return lines;
}
