'use client';
/**
 * A self-check question the reader answers: commit to an option, check, then see why each
 * option is right or wrong. Radio buttons make it keyboard-operable; the result is kept
 * in localStorage so it is still there on the next visit.
 */
import { useEffect, useId, useState } from 'react';
import type { QuizData } from './quizData';

interface QuizLabels {
  quiz: string;
  check: string;
  retry: string;
  correct: string;
  incorrect: string;
  chooseFirst: string;
}

interface QuizClientProps {
  quiz: QuizData;
  /** `<locale>/<slug>#<id>`, prefixed by `llmx:quiz:` in storage. */
  storageKey: string;
  labels: QuizLabels;
}

interface Stored {
  choice: number;
  correct: boolean;
}

export function QuizClient({ quiz, storageKey, labels }: QuizClientProps) {
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const [prompt, setPrompt] = useState(false);
  const name = useId();
  const key = `llmx:quiz:${storageKey}`;

  useEffect(() => {
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as Stored | null;
      if (stored && Number.isInteger(stored.choice) && stored.choice >= 0 && stored.choice < quiz.options.length) {
        setChoice(stored.choice);
        setChecked(true);
      }
    } catch {
      // unreadable storage: start fresh
    }
  }, [key, quiz.options.length]);

  function check() {
    if (choice === null) {
      setPrompt(true);
      return;
    }
    setChecked(true);
    setPrompt(false);
    try {
      localStorage.setItem(key, JSON.stringify({ choice, correct: choice === quiz.answer } satisfies Stored));
      window.dispatchEvent(new Event('llmx:progress'));
    } catch {
      // storage full or blocked: the answer still shows
    }
  }

  function retry() {
    setChecked(false);
    setChoice(null);
    try {
      localStorage.removeItem(key);
      window.dispatchEvent(new Event('llmx:progress'));
    } catch {
      // ignore
    }
  }

  const correct = checked && choice === quiz.answer;
  return (
    <form className="quiz" data-quiz={quiz.id} onSubmit={(e) => (e.preventDefault(), checked ? retry() : check())}>
      <fieldset>
        <legend>
          <span className="quiz-label">{labels.quiz}</span>
          <span className="quiz-question">{quiz.question}</span>
        </legend>
        <ul className="quiz-options">
          {quiz.options.map((option, i) => {
            const state = !checked ? '' : i === quiz.answer ? 'is-right' : i === choice ? 'is-wrong' : 'is-other';
            return (
              <li key={i} className={`quiz-option ${state}`}>
                <label>
                  <input
                    type="radio"
                    name={name}
                    value={i}
                    checked={choice === i}
                    disabled={checked}
                    onChange={() => setChoice(i)}
                  />
                  <span>{option.text}</span>
                </label>
                {checked && <p className="quiz-why">{option.why}</p>}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="quiz-actions">
        <button type="submit">{checked ? labels.retry : labels.check}</button>
        <p className="quiz-feedback" role="status" aria-live="polite">
          {prompt ? labels.chooseFirst : checked ? (correct ? labels.correct : labels.incorrect) : ''}
        </p>
      </div>
    </form>
  );
}
