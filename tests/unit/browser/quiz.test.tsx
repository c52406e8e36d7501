// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Quiz } from '@/components/mdx/Quiz';
import { enhanceQuizzes } from '@/browser/quiz';
import { PROGRESS_EVENT } from '@/lib/markup/progress';
import { chapterProgress } from '@/lib/progress/progress';

const options = [
  { text: 'Right', why: 'because' },
  { text: 'Wrong', why: 'because not' },
];

function mount(locale: 'en' | 'zh' = 'en') {
  document.body.innerHTML = renderToStaticMarkup(<Quiz id="q1" question="Which?" options={options} answer={0} locale={locale} slug="demo" />);
  enhanceQuizzes();
  const form = document.querySelector('form')!;
  return {
    form,
    button: form.querySelector('button')!,
    status: form.querySelector('[role="status"]')!,
    radios: [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
    whys: [...form.querySelectorAll<HTMLElement>('.quiz-why')],
    submit: () => form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })),
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('self-check enhancer on the markup Quiz.tsx renders', () => {
  it('renders the question, options and hidden explanations as plain HTML', () => {
    const { radios, whys, button } = mount();
    expect(radios).toHaveLength(2);
    expect(whys.every((why) => why.hidden)).toBe(true);
    expect(button.textContent).toBe('Check answer');
  });

  it('asks for a choice, then explains every option and remembers the result', () => {
    const quiz = mount();
    quiz.submit();
    expect(quiz.status.textContent).toBe('Choose an answer first.');
    quiz.radios[1].checked = true;
    const told = vi.fn();
    window.addEventListener(PROGRESS_EVENT, told);
    quiz.submit();
    window.removeEventListener(PROGRESS_EVENT, told);
    expect(told).toHaveBeenCalledTimes(1);
    expect(quiz.form.dataset.state).toBe('incorrect');
    expect(quiz.radios.every((r) => r.disabled)).toBe(true);
    expect(quiz.status.textContent).toBe('Not quite.');
    expect(quiz.whys.every((why) => !why.hidden)).toBe(true);
    expect(quiz.form.querySelector('.is-right')?.textContent).toContain('Right');
    expect(quiz.form.querySelector('.is-wrong')?.textContent).toContain('Wrong');
    expect(JSON.parse(localStorage.getItem('llmx:quiz:en/demo#q1')!)).toEqual({ choice: 1, correct: false });
    // the reading-progress display reads the key the page wrote
    const stored = new Map(Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).map((key) => [key, localStorage.getItem(key)]));
    expect(chapterProgress(stored, 'en', 'demo')).toEqual({ visited: false, correct: 0, answered: 1 });
  });

  it('restores a remembered answer and lets the reader try again', () => {
    localStorage.setItem('llmx:quiz:en/demo#q1', JSON.stringify({ choice: 0, correct: true }));
    const quiz = mount();
    expect(quiz.status.textContent).toBe('Correct.');
    expect(quiz.radios[0].checked).toBe(true);
    expect(quiz.button.textContent).toBe('Try again');
    quiz.submit();
    expect(localStorage.getItem('llmx:quiz:en/demo#q1')).toBeNull();
    expect(quiz.radios.every((r) => !r.checked && !r.disabled)).toBe(true);
  });

  it('speaks Chinese on Chinese pages', () => {
    expect(mount('zh').button.textContent).toBe('核对答案');
  });
});
