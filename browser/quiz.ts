/**
 * Self-check questions: the question, options and explanations are in the static HTML;
 * this checks the chosen option, reveals why each option is right or wrong, and keeps
 * the result in localStorage (under quizStorageKey of the form's place) for the next
 * visit and for the reading-progress display.
 */
import { PROGRESS_EVENT } from '@/lib/markup/progress';
import { QUIZ, readQuizForm } from '@/lib/markup/quiz';
import { quizStorageKey } from '@/lib/progress/progress';

interface Stored {
  choice: number;
  correct: boolean;
}

function read(key: string): Stored | null {
  try {
    const value = JSON.parse(localStorage.getItem(quizStorageKey(key)) ?? 'null') as Stored | null;
    return value && Number.isInteger(value.choice) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, value: Stored | null): void {
  try {
    if (value) localStorage.setItem(quizStorageKey(key), JSON.stringify(value));
    else localStorage.removeItem(quizStorageKey(key));
  } catch {
    // storage blocked: the feedback still shows
  }
  window.dispatchEvent(new Event(PROGRESS_EVENT));
}

function setupQuiz(form: HTMLFormElement): void {
  const { place: key, answer, labels } = readQuizForm(form);
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const feedback = form.querySelector<HTMLElement>(`.${QUIZ.feedback}`)!;
  const state = () => form.getAttribute(QUIZ.state);

  const show = (choice: number | null) => {
    const checked = choice !== null;
    inputs.forEach((input, i) => {
      input.disabled = checked;
      input.checked = choice === i;
      const item = input.closest(`.${QUIZ.option}`)!;
      item.classList.toggle('is-right', checked && i === answer);
      item.classList.toggle('is-wrong', checked && i === choice && i !== answer);
      item.classList.toggle('is-other', checked && i !== choice && i !== answer);
      item.querySelector<HTMLElement>(`.${QUIZ.why}`)!.hidden = !checked;
    });
    button.textContent = checked ? labels.retry : labels.check;
    feedback.textContent = checked ? (choice === answer ? labels.correct : labels.incorrect) : '';
    form.setAttribute(QUIZ.state, checked ? (choice === answer ? 'correct' : 'incorrect') : 'open');
  };

  const stored = read(key);
  if (stored && stored.choice < inputs.length) show(stored.choice);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (state() === 'correct' || state() === 'incorrect') {
      write(key, null);
      show(null);
      inputs[0]?.focus();
      return;
    }
    const choice = inputs.findIndex((input) => input.checked);
    if (choice < 0) {
      feedback.textContent = labels.chooseFirst;
      return;
    }
    write(key, { choice, correct: choice === answer });
    show(choice);
  });
}

export function enhanceQuizzes(): void {
  document.querySelectorAll<HTMLFormElement>(`form.${QUIZ.form}[${QUIZ.place}]`).forEach(setupQuiz);
}
