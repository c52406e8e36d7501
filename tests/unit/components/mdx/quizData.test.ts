import { describe, expect, it } from 'vitest';
import { validateQuiz } from '@/components/mdx/quizData';

const options = [
  { text: 'Right', why: 'because' },
  { text: 'Wrong', why: 'because not' },
];

describe('validateQuiz', () => {
  it('refuses an answer out of range and options without why', () => {
    expect(() => validateQuiz({ id: 'q', question: 'Q?', options, answer: 2 })).toThrow('"answer" must be the index (from 0) of one of the 2 options');
    expect(() => validateQuiz({ id: 'q', question: 'Q?', options: [{ text: 'a', why: '' }, options[1]], answer: 0 })).toThrow('option 1 has no "why"');
  });
});
