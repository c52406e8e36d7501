/**
 * The self-check's contract: the form components/mdx/Quiz.tsx renders and the site
 * script (browser/quiz.ts) makes work. Quiz.tsx writes the form's attributes with
 * `quizFormAttributes` and the script reads them back with `readQuizForm`; the classes
 * of the parts the script marks are named here too.
 */

/** Words the script shows on the form, in the page's language. */
export interface QuizLabels {
  check: string;
  retry: string;
  correct: string;
  incorrect: string;
  chooseFirst: string;
}

export const QUIZ = {
  /** Class of the form. */
  form: 'quiz',
  /** The question's id in its chapter (read by the content checks). */
  id: 'data-quiz',
  /** Where the question is, `<locale>/<slug>#<id>`: the body of its storage key (lib/progress/progress.ts). */
  place: 'data-key',
  /** Index of the right option. */
  answer: 'data-answer',
  /** The QuizLabels, as JSON. */
  labels: 'data-labels',
  /** 'open', 'correct' or 'incorrect': set by the script, styled by the CSS. */
  state: 'data-state',
  /** Class of each option's list item (with its radio button and its explanation). */
  option: 'quiz-option',
  /** Class of an option's explanation, hidden until an answer is checked. */
  why: 'quiz-why',
  /** Class of the live region that says right or wrong. */
  feedback: 'quiz-feedback',
} as const;

export interface QuizForm {
  id: string;
  place: string;
  answer: number;
  labels: QuizLabels;
}

/** The form's attributes, for JSX. */
export function quizFormAttributes(form: QuizForm): Record<string, string> {
  return {
    [QUIZ.id]: form.id,
    [QUIZ.place]: form.place,
    [QUIZ.answer]: String(form.answer),
    [QUIZ.labels]: JSON.stringify(form.labels),
    [QUIZ.state]: 'open',
  };
}

/** What the site script reads back from a form. */
export function readQuizForm(form: Element): Omit<QuizForm, 'id'> {
  return {
    place: form.getAttribute(QUIZ.place) ?? '',
    answer: Number(form.getAttribute(QUIZ.answer)),
    labels: JSON.parse(form.getAttribute(QUIZ.labels) ?? '{}') as QuizLabels,
  };
}
