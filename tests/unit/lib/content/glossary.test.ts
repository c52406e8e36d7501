import { describe, expect, it } from 'vitest';
import { parseGlossaryFile, sortForLocale } from '@/lib/content/glossary';

const entry = (id: string, en: string, zh: string) => ({ id, en: { term: en, definition: 'd' }, zh: { term: zh, definition: '定义' } });

describe('parseGlossaryFile', () => {
  it('attaches the chapter and keeps both languages', () => {
    const [e] = parseGlossaryFile([{ ...entry('softmax', 'Softmax', 'Softmax 函数'), anchor: 'softmax' }], 'self-attention', 'f.json');
    expect(e).toMatchObject({ id: 'softmax', chapter: 'self-attention', anchor: 'softmax', zh: { term: 'Softmax 函数' } });
  });
  it('refuses a term missing a language', () => {
    expect(() => parseGlossaryFile([{ id: 'x', en: { term: 'X', definition: 'd' } }], 'c', 'f.json')).toThrow('f.json: term 1 (x) "zh" is missing');
  });
  it('refuses a malformed id', () => {
    expect(() => parseGlossaryFile([entry('Bad Id', 'a', 'b')], 'c', 'f.json')).toThrow('"id" must be lowercase');
  });
});

describe('sortForLocale', () => {
  it('sorts English alphabetically ignoring case, Chinese by pinyin', () => {
    const entries = parseGlossaryFile([entry('b', 'bias', '偏差'), entry('a', 'Attention', '注意力'), entry('c', 'cache', '缓存')], 'x', 'f');
    expect(sortForLocale(entries, 'en').map((e) => e.id)).toEqual(['a', 'b', 'c']);
    // pinyin: 缓存 huǎn, 偏差 piān, 注意力 zhù
    expect(sortForLocale(entries, 'zh').map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});
