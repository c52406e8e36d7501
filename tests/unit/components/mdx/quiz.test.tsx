// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Quiz } from '@/components/mdx/Quiz';
import { validateQuiz } from '@/components/mdx/quizData';

const options = [
  { text: 'Right', why: 'because' },
  { text: 'Wrong', why: 'because not' },
];

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('validateQuiz', () => {
  it('refuses an answer out of range and options without why', () => {
    expect(() => validateQuiz({ id: 'q', question: 'Q?', options, answer: 2 })).toThrow('"answer" must be the index (from 0) of one of the 2 options');
    expect(() => validateQuiz({ id: 'q', question: 'Q?', options: [{ text: 'a', why: '' }, options[1]], answer: 0 })).toThrow('option 1 has no "why"');
  });
});

describe('Quiz', () => {
  it('asks for a choice, then explains every option and remembers the result', () => {
    render(<Quiz id="q1" question="Which?" options={options} answer={0} locale="en" slug="demo" />);
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status').textContent).toBe('Choose an answer first.');
    fireEvent.click(screen.getByLabelText('Wrong'));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status').textContent).toBe('Not quite.');
    expect(screen.getByText('because')).toBeTruthy();
    expect(screen.getByText('because not')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('llmx:quiz:en/demo#q1')!)).toEqual({ choice: 1, correct: false });
  });

  it('speaks Chinese on Chinese pages', () => {
    render(<Quiz id="q1" question="哪个？" options={options} answer={0} locale="zh" slug="demo" />);
    expect(screen.getByRole('button', { name: '核对答案' })).toBeTruthy();
  });
});
