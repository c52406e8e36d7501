/**
 * A self-check question, rendered as plain HTML: the question, the options as radio
 * buttons, and each option's explanation (hidden until checked). The site script
 * (browser/quiz.ts) checks the answer and remembers it; a bad quiz fails the build.
 */
import { withNotation } from './notation';
import { validateQuiz, type QuizData } from './quizData';
import { strings } from '@/lib/i18n/strings';
import { quizPlace } from '@/lib/progress/progress';
import type { Locale } from '@/lib/i18n/locales';
import { QUIZ, quizFormAttributes, type QuizLabels } from '@/lib/markup/quiz';

type QuizProps = Partial<QuizData> & { locale: Locale; slug: string };

export function Quiz({ locale, slug, ...props }: QuizProps) {
  const quiz = validateQuiz(props);
  const t = strings[locale];
  const name = `quiz-${quiz.id}`;
  const labels: QuizLabels = { check: t.quizCheck, retry: t.quizRetry, correct: t.quizCorrect, incorrect: t.quizIncorrect, chooseFirst: t.quizChooseFirst };
  return (
    <form className={QUIZ.form} {...quizFormAttributes({ id: quiz.id, place: quizPlace(locale, slug, quiz.id), answer: quiz.answer, labels })} aria-labelledby={`${name}-question`}>
      <fieldset>
        <legend id={`${name}-question`}>
          <span className="quiz-label">{t.quiz}</span>
          <span className="quiz-question">{withNotation(quiz.question)}</span>
        </legend>
        <ul className="quiz-options">
          {quiz.options.map((option, i) => (
            <li key={i} className={QUIZ.option}>
              <label>
                <input type="radio" name={name} value={i} />
                <span>{withNotation(option.text)}</span>
              </label>
              <p className={QUIZ.why} hidden>
                {withNotation(option.why)}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="quiz-actions">
        <button type="submit">{t.quizCheck}</button>
        <p className={QUIZ.feedback} role="status" aria-live="polite" />
      </div>
    </form>
  );
}
