/**
 * The shape of a self-check question and its validation. Kept apart from the component
 * so the content checks and the unit tests use the same rules.
 */
export interface QuizOption {
  /** The answer as the reader sees it. */
  text: string;
  /** Why this option is right or wrong, shown after the reader checks. */
  why: string;
}

export interface QuizData {
  /** Stable id, the same in both languages; the key for the remembered result. */
  id: string;
  question: string;
  options: QuizOption[];
  /** Index of the correct option. */
  answer: number;
}

/** Validates quiz props; throws with the quiz id and the problem. */
export function validateQuiz(props: Partial<QuizData>): QuizData {
  const where = `<Quiz id="${props.id ?? '?'}">`;
  if (typeof props.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(props.id)) {
    throw new Error(`${where}: "id" must be lowercase words joined by "-"`);
  }
  if (typeof props.question !== 'string' || !props.question.trim()) throw new Error(`${where}: "question" is missing`);
  const options = props.options;
  if (!Array.isArray(options) || options.length < 2 || options.length > 6) {
    throw new Error(`${where}: "options" must list 2 to 6 answers`);
  }
  options.forEach((option, i) => {
    if (typeof option?.text !== 'string' || !option.text.trim()) throw new Error(`${where}: option ${i + 1} has no "text"`);
    if (typeof option?.why !== 'string' || !option.why.trim()) throw new Error(`${where}: option ${i + 1} has no "why"`);
  });
  const answer = props.answer;
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
    throw new Error(`${where}: "answer" must be the index (from 0) of one of the ${options.length} options`);
  }
  return { id: props.id, question: props.question, options, answer };
}
