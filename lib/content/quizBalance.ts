/**
 * Whether a language's self-checks can be passed by guessing. Two cues give answers
 * away across many questions: the right answer sitting at the same position (always
 * the first option, say), and the right answer being the longest option, since writers
 * qualify the true statement more carefully than the false ones. The check reads the
 * rendered quizzes (the markup Quiz.tsx writes) so it sees exactly what readers see.
 */
import type { RenderedPage } from './audit';
import { QUIZ } from '@/lib/markup/quiz';

/** Most quizzes whose right answer may share one position. */
export const MAX_POSITION_SHARE = 0.4;
/** Most quizzes whose right answer may be the longest option. */
export const MAX_LONGEST_SHARE = 0.45;

export interface QuizShape {
  id: string;
  /** Index of the right option, from 0. */
  answer: number;
  /** The options' texts as the reader sees them. */
  options: string[];
}

export interface QuizBalance {
  quizzes: number;
  /** How many right answers sit at each position (index 0 = first option). */
  byPosition: number[];
  /** How many right answers are at least as long as every other option of their quiz. */
  longest: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/** The self-checks of one rendered page, in order. */
export function quizzesInHtml(html: string): QuizShape[] {
  const quizzes: QuizShape[] = [];
  for (const form of html.matchAll(new RegExp(`<form\\b[^>]*\\b${QUIZ.id}="([^"]+)"[^>]*>([\\s\\S]*?)<\\/form>`, 'g'))) {
    const answer = new RegExp(`\\b${QUIZ.answer}="(\\d+)"`).exec(form[0])?.[1];
    const options = [...form[2].matchAll(/<label>\s*<input[^>]*>\s*<span>([\s\S]*?)<\/span>/g)].map((m) => decode(m[1]));
    if (answer !== undefined) quizzes.push({ id: form[1], answer: Number(answer), options });
  }
  return quizzes;
}

/** Length as a reader perceives it: characters (code points), not UTF-16 units. */
function length(text: string): number {
  return [...text.trim()].length;
}

/** Counts the two cues over a set of quizzes. A tie for longest counts as longest. */
export function quizBalance(quizzes: QuizShape[]): QuizBalance {
  const byPosition: number[] = [];
  let longest = 0;
  for (const quiz of quizzes) {
    while (byPosition.length <= quiz.answer) byPosition.push(0);
    byPosition[quiz.answer] += 1;
    const right = length(quiz.options[quiz.answer] ?? '');
    if (quiz.options.every((option) => length(option) <= right)) longest += 1;
  }
  return { quizzes: quizzes.length, byPosition, longest };
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

/** One line a person can read, e.g. "48 quizzes; right answer at A 12, B 13 …; longest 20 (42%)". */
export function describeBalance(balance: QuizBalance): string {
  const positions = balance.byPosition.map((n, i) => `${String.fromCharCode(65 + i)} ${n} (${percent(n, balance.quizzes)})`).join(', ');
  return `${balance.quizzes} quizzes; right answer at ${positions}; right answer longest in ${balance.longest} (${percent(balance.longest, balance.quizzes)})`;
}

/** Problems with the balance of one language's quizzes; empty when both cues are within bounds. */
export function balanceProblems(balance: QuizBalance): string[] {
  if (balance.quizzes === 0) return [];
  const problems: string[] = [];
  balance.byPosition.forEach((n, i) => {
    if (n / balance.quizzes > MAX_POSITION_SHARE) {
      problems.push(`the right answer is option ${String.fromCharCode(65 + i)} in ${n} of ${balance.quizzes} self-checks (${percent(n, balance.quizzes)}; at most ${percent(MAX_POSITION_SHARE, 1)} allowed)`);
    }
  });
  if (balance.longest / balance.quizzes > MAX_LONGEST_SHARE) {
    problems.push(`the right answer is the longest option in ${balance.longest} of ${balance.quizzes} self-checks (${percent(balance.longest, balance.quizzes)}; at most ${percent(MAX_LONGEST_SHARE, 1)} allowed)`);
  }
  return problems;
}

/** Balance problems of every language among rendered chapter pages ('/<locale>/<slug>/'), as [where, problem]. */
export function quizBalanceProblems(pages: RenderedPage[]): [string, string][] {
  const byLocale = new Map<string, QuizShape[]>();
  for (const page of pages) {
    const locale = page.path.split('/')[1];
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), ...quizzesInHtml(page.html)]);
  }
  return [...byLocale].flatMap(([locale, quizzes]) => balanceProblems(quizBalance(quizzes)).map((problem): [string, string] => [`content/${locale} self-checks`, problem]));
}
