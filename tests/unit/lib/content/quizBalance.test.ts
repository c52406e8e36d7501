import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { Quiz } from '@/components/mdx/Quiz';
import { balanceProblems, describeBalance, quizBalance, quizBalanceProblems, quizzesInHtml, type QuizShape } from '@/lib/content/quizBalance';

const quiz = (id: string, answer: number, options: string[]): QuizShape => ({ id, answer, options });

describe('quizzesInHtml', () => {
  it('reads id, answer and option texts from the markup Quiz renders, entities decoded', () => {
    const html = renderToStaticMarkup(
      createElement(Quiz, {
        locale: 'en',
        slug: 'x',
        id: 'q1',
        question: 'Which?',
        options: [
          { text: 'a < b & "c"', why: 'No.' },
          { text: '词元', why: 'Yes.' },
        ],
        answer: 1,
      }),
    );
    expect(quizzesInHtml(`<p>before</p>${html}<p>after</p>`)).toEqual([quiz('q1', 1, ['a < b & "c"', '词元'])]);
  });
});

describe('quizBalance', () => {
  it('counts positions and longest right answers, ties counting as longest, characters not bytes', () => {
    const quizzes = [
      quiz('a', 0, ['long answer', 'short', 'mid one']), // longest at A
      quiz('b', 1, ['xx', 'yy', 'z']), // tie for longest at B: counts
      quiz('c', 1, ['abcdef', 'ab', 'abc']), // not longest
      quiz('d', 2, ['ab', 'abc', '大型语言']), // 4 characters beat 3
    ];
    const balance = quizBalance(quizzes);
    expect(balance).toEqual({ quizzes: 4, byPosition: [1, 2, 1], longest: 3 });
    expect(describeBalance(balance)).toBe('4 quizzes; right answer at A 1 (25%), B 2 (50%), C 1 (25%); right answer longest in 3 (75%)');
  });
});

describe('balanceProblems', () => {
  it('accepts 2 of 5 at one position (40%) and 2 of 5 longest', () => {
    expect(balanceProblems({ quizzes: 5, byPosition: [2, 2, 1], longest: 2 })).toEqual([]);
  });
  it('flags a position above 40% and a longest share above 45%', () => {
    expect(balanceProblems({ quizzes: 20, byPosition: [9, 6, 5], longest: 10 })).toEqual([
      'the right answer is option A in 9 of 20 self-checks (45%; at most 40% allowed)',
      'the right answer is the longest option in 10 of 20 self-checks (50%; at most 45% allowed)',
    ]);
  });
  it('judges each language on its own', () => {
    const form = (id: string, answer: number) =>
      `<form class="quiz" data-quiz="${id}" data-answer="${answer}">${['aaaa', 'b', 'c'].map((t) => `<label><input type="radio"/><span>${t}</span></label>`).join('')}</form>`;
    const pages = [
      // A 1, B 2, C 2 of 5 (40% at most); longest only when the answer is A: 1 of 5.
      { path: '/en/one/', html: form('a', 0) + form('b', 1) + form('c', 2) },
      { path: '/en/two/', html: form('d', 1) + form('e', 2) },
      { path: '/zh/one/', html: form('a', 0) + form('b', 0) + form('c', 2) },
    ];
    expect(quizBalanceProblems(pages)).toEqual([
      ['content/zh self-checks', 'the right answer is option A in 2 of 3 self-checks (67%; at most 40% allowed)'],
      ['content/zh self-checks', 'the right answer is the longest option in 2 of 3 self-checks (67%; at most 45% allowed)'],
    ]);
  });
});
