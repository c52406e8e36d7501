/**
 * The structure sentences of the later training stages and the probes that judge the
 * models must stay apart: an agreement probe's head noun, preposition and attractor never
 * occur in a training agreement sentence, and no name prompt is the start of a training
 * sentence. Also checks that each training agreement sentence agrees with its head noun.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/model/rng';
import { animals, countNouns, moreCountNouns, things } from '@/scripts/train/corpus/en-words';
import {
  agreementAcrossEveryPreposition,
  chineseNameProbes,
  composedAgreement,
  englishAgreement,
  englishAgreementProbes,
  englishNameProbes,
  englishNames,
  structureSentence,
  type StructureSet,
} from '@/scripts/train/corpus/structures';
import type { Rng } from '@/lib/model/types';

const NOUNS = [...things, ...animals, ...countNouns, ...moreCountNouns];
const PLURALS = new Set(NOUNS.map(([, plural]) => plural));
const SINGULARS = new Set(NOUNS.map(([singular]) => singular));
const VERBS: Record<string, 'singular' | 'plural'> = {
  ...{ is: 'singular', was: 'singular', has: 'singular', seems: 'singular', looks: 'singular', belongs: 'singular' },
  ...{ are: 'plural', were: 'plural', have: 'plural', seem: 'plural', look: 'plural', belong: 'plural' },
};
/** The share of agreement sentences ("The …") among 4,000 of a structure set's sentences. */
const agreementShare = (set: StructureSet, r: Rng) => {
  const mixed = Array.from({ length: 4000 }, () => structureSentence('en', set)(r));
  return mixed.filter((s) => /^The /.test(s)).length / mixed.length;
};
const probeWordsOf = (prompts: string[]) => new Set(prompts.flatMap((p) => p.replace(/^The /, '').split(' ')).filter((w) => w !== 'the'));

describe('agreement sentences for training', () => {
  const r = createRng(11);
  const sentences = Array.from({ length: 3000 }, () => englishAgreement(r));

  it('put a verb that agrees with the head noun after a phrase whose noun has either number', () => {
    let mismatched = 0;
    for (const s of sentences) {
      const m = /^The (\w+) .+ the (\w+) (\w+) \w+\.$/.exec(s);
      expect(m, s).not.toBeNull();
      const [, head, attractor, verb] = m!;
      expect(VERBS[verb], s).toBeDefined();
      // (a noun whose plural is the singular, like sheep, says nothing about the verb)
      if (PLURALS.has(head) !== SINGULARS.has(head)) expect(VERBS[verb] === 'plural', s).toBe(PLURALS.has(head));
      if (attractor.endsWith('s') !== PLURALS.has(head)) mismatched++;
    }
    // about half of them have an attractor of the other number, where only the head decides
    expect(mismatched / sentences.length).toBeGreaterThan(0.4);
    expect(mismatched / sentences.length).toBeLessThan(0.6);
  });

  it('never use a probe’s head noun, preposition or attractor', () => {
    const probeWords = probeWordsOf(englishAgreementProbes(createRng(77), 400).map((p) => p.prompt));
    const trainingWords = new Set(sentences.flatMap((s) => s.replace(/\.$/, '').split(' ')));
    const shared = [...probeWords].filter((w) => trainingWords.has(w));
    expect(shared).toEqual([]);
  });
});

describe('agreement sentences composed from parts (the English fourth stage)', () => {
  const r = createRng(12);
  const sentences = Array.from({ length: 5000 }, () => composedAgreement(r));
  const verbs = Object.keys(VERBS).join('|');
  const isNoun = (w: string) => PLURALS.has(w) || SINGULARS.has(w);
  const parse = (s: string) => {
    const m = new RegExp(`^The (.+) (${verbs}) \\w+( \\w+)?\\.$`).exec(s);
    expect(m, s).not.toBeNull();
    const [, subject, verb] = m!;
    const words = subject.split(' ');
    // the head is the first word, or the second after an adjective
    return { head: isNoun(words[0]) ? words[0] : words[1], verb, nearest: words.at(-1)! };
  };

  it('put a verb that agrees with the head noun, across one or two phrases of either number', () => {
    let mismatched = 0;
    let twoPhrases = 0;
    const heads = new Set<string>();
    for (const s of sentences) {
      const { head, verb, nearest } = parse(s);
      expect(isNoun(head), s).toBe(true);
      expect(VERBS[verb] === 'plural', s).toBe(PLURALS.has(head));
      if (PLURALS.has(nearest) !== PLURALS.has(head)) mismatched++;
      if (/ the .+ the /.test(s)) twoPhrases++;
      heads.add(SINGULARS.has(head) ? head : NOUNS.find(([, plural]) => plural === head)![0]);
    }
    expect(mismatched / sentences.length).toBeGreaterThan(0.4);
    expect(mismatched / sentences.length).toBeLessThan(0.6);
    expect(twoPhrases / sentences.length).toBeGreaterThan(0.2);
    expect(twoPhrases / sentences.length).toBeLessThan(0.3);
    // drawn from about 300 nouns, not the 150 of the second stage
    expect(heads.size).toBeGreaterThan(250);
  });

  it('never use a probe’s head noun, preposition or attractor', () => {
    const probeWords = probeWordsOf(englishAgreementProbes(createRng(77), 400).map((p) => p.prompt));
    const trainingWords = new Set(sentences.flatMap((s) => s.replace(/\.$/, '').split(' ')));
    expect([...probeWords].filter((w) => trainingWords.has(w))).toEqual([]);
  });

  it('make up seven in ten of the `agreement` set, the rest composed name sentences', () => {
    const agreement = agreementShare('agreement', r);
    expect(agreement).toBeGreaterThan(0.65);
    expect(agreement).toBeLessThan(0.75);
    expect(() => structureSentence('zh', 'agreement')).toThrow('English only');
  });
});

describe('agreement sentences across every preposition (the English fifth stage)', () => {
  const r = createRng(13);
  const sentences = Array.from({ length: 5000 }, () => agreementAcrossEveryPreposition(r));
  const probes = englishAgreementProbes(createRng(77), 400);

  it('put a verb that agrees with the head noun, with the probes’ prepositions among the others', () => {
    const verbs = Object.keys(VERBS).join('|');
    for (const s of sentences) {
      const m = new RegExp(`^The (\\w+ )?(\\w+) (.+) (${verbs}) \\w+( \\w+)?\\.$`).exec(s);
      expect(m, s).not.toBeNull();
      const head = PLURALS.has(m![2]) || SINGULARS.has(m![2]) ? m![2] : m![1]!.trim();
      expect(VERBS[m![4]] === 'plural', s).toBe(PLURALS.has(head));
    }
    for (const preposition of ['near', 'behind', 'beside', 'of', 'by', 'in front of']) {
      expect(
        sentences.some((s) => s.includes(` ${preposition} the `)),
        preposition,
      ).toBe(true);
    }
  });

  it('never use a probe’s head noun or attractor, so no probe is a sentence the model has read', () => {
    const probeNouns = new Set(probes.flatMap((p) => p.prompt.split(' ').filter((w, i, all) => i === 1 || i === all.length - 1)));
    expect(probeNouns.size).toBeGreaterThan(30);
    const trainingWords = new Set(sentences.flatMap((s) => s.replace(/\.$/, '').split(' ')));
    expect([...probeNouns].filter((w) => trainingWords.has(w))).toEqual([]);
  });

  it('make up seven in ten of the `everyPreposition` set, the rest composed name sentences', () => {
    const agreement = agreementShare('everyPreposition', r);
    expect(agreement).toBeGreaterThan(0.65);
    expect(agreement).toBeLessThan(0.75);
  });
});

describe('name sentences for training', () => {
  it('never begin as a probe prompt does', () => {
    for (const [locale, set] of [
      ['en', 'frames'],
      ['en', 'composed'],
      ['zh', 'frames'],
    ] as const) {
      const r = createRng(5);
      const training = Array.from({ length: 5000 }, () => structureSentence(locale, set)(r));
      const prompts = locale === 'en' ? englishNameProbes(createRng(77), 200) : chineseNameProbes(createRng(77), 200);
      for (const p of prompts) expect(training.some((s) => s.startsWith(p.prompt))).toBe(false);
    }
  });

  it('composed from parts: many wordings, seven in ten about names, none with a probe’s opening or its new verbs', () => {
    const r = createRng(9);
    const training = Array.from({ length: 5000 }, () => structureSentence('en', 'composed')(r));
    const names = training.filter((s) => / to \w+\.$/.test(s) && !/^The /.test(s));
    expect(names.length / training.length).toBeGreaterThan(0.65);
    expect(names.length / training.length).toBeLessThan(0.75);
    // the wording without the names, places and things: at least 300 of the 384 combinations in 3,500 sentences
    const personal = new Set(englishNames);
    const wordingOf = (s: string) =>
      s
        .split(' ')
        .map((w) => w.replace(/^(\w+)([.,]?)$/, (whole, word: string, stop: string) => (personal.has(word) ? `N${stop}` : whole)))
        .join(' ')
        .replace(/\b(a|the) \w+ to N\.$/, '$1 X to N.')
        .replace(/the \w+([,.]| when)/, 'the P$1');
    const [a, b] = englishNames;
    expect(wordingOf(`When ${a} and ${b} went to the park, ${b} gave a ball to ${a}.`)).toBe('When N and N went to the P, N gave a X to N.');
    const wordings = new Set(names.map(wordingOf));
    expect(wordings.size).toBeGreaterThan(300);
    expect(wordings.size).toBeLessThanOrEqual(384);
    // the probe frames' verbs and openings stay unseen
    for (const s of names) expect(s, s).not.toMatch(/\b(threw|brought|While|met at|On Sunday)\b/);
    expect(() => structureSentence('zh', 'composed')).toThrow('English only');
  });
});
