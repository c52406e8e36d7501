/**
 * Server side of a self-check question: validates what the author wrote (a bad quiz fails
 * the build) and hands plain data to the interactive part.
 */
import { QuizClient } from './QuizClient';
import { validateQuiz, type QuizData } from './quizData';
import { strings } from '@/lib/i18n/strings';
import type { Locale } from '@/lib/i18n/locales';

type QuizProps = Partial<QuizData> & { locale: Locale; slug: string };

export function Quiz({ locale, slug, ...props }: QuizProps) {
  const quiz = validateQuiz(props);
  const t = strings[locale];
  return (
    <QuizClient
      quiz={quiz}
      storageKey={`${locale}/${slug}#${quiz.id}`}
      labels={{
        quiz: t.quiz,
        check: t.quizCheck,
        retry: t.quizRetry,
        correct: t.quizCorrect,
        incorrect: t.quizIncorrect,
        chooseFirst: t.quizChooseFirst,
      }}
    />
  );
}
