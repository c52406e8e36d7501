/** Reading progress from stored keys: visits, self-checks right and answered, what a reset removes. */
import { describe, expect, it } from 'vitest';
import { chapterProgress, countQuizzes, fill, progressKeys, quizPlace, quizStorageKey, visitKey } from '@/lib/progress/progress';

const right = JSON.stringify({ choice: 0, correct: true });
const wrong = JSON.stringify({ choice: 2, correct: false });

describe('chapterProgress', () => {
  it('counts right and answered self-checks of one chapter in one language', () => {
    const entries = new Map<string, string | null>([
      [quizStorageKey(quizPlace('en', 'self-attention', 'why-scale')), right],
      [quizStorageKey(quizPlace('en', 'self-attention', 'mask')), wrong],
      [quizStorageKey(quizPlace('en', 'self-attention', 'heads')), right],
      [quizStorageKey(quizPlace('zh', 'self-attention', 'why-scale')), right],
      [quizStorageKey(quizPlace('en', 'self-attention-extra', 'x')), right],
      [visitKey('en', 'self-attention'), '1700000000000'],
    ]);
    expect(chapterProgress(entries, 'en', 'self-attention')).toEqual({ visited: true, correct: 2, answered: 3 });
    expect(chapterProgress(entries, 'zh', 'self-attention')).toEqual({ visited: false, correct: 1, answered: 1 });
    expect(chapterProgress(entries, 'en', 'tokens')).toEqual({ visited: false, correct: 0, answered: 0 });
  });

  it('ignores damaged entries', () => {
    const entries = new Map<string, string | null>([[quizStorageKey(quizPlace('en', 'a', 'q')), '{oops']]);
    expect(chapterProgress(entries, 'en', 'a')).toEqual({ visited: false, correct: 0, answered: 0 });
  });
});

describe('quizStorageKey', () => {
  it('is the key the site writes: llmx:quiz:<locale>/<slug>#<id> (tests/unit/components/mdx/quiz.test.tsx reads it back)', () => {
    expect(quizStorageKey(quizPlace('zh', 'self-attention', 'why-scale'))).toBe('llmx:quiz:zh/self-attention#why-scale');
  });
});

describe('progressKeys', () => {
  it('selects visits and self-check results, and keeps the theme', () => {
    expect(progressKeys(['llmx:theme', 'llmx:visit:en/a', 'llmx:quiz:zh/b#c', 'other'])).toEqual(['llmx:visit:en/a', 'llmx:quiz:zh/b#c']);
  });
});

describe('countQuizzes', () => {
  it('counts <Quiz tags outside code fences', () => {
    const source = ['<Quiz id="a" />', 'text', '```mdx', '<Quiz id="example" />', '```', '<Quiz', '  id="b"', '/>'].join('\n');
    expect(countQuizzes(source)).toBe(2);
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{done} of {total} right {x}', { done: 2, total: 4 })).toBe('2 of 4 right {x}');
  });
});
