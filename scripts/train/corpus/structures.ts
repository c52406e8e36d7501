/**
 * Sentences that carry the patterns the chapters teach, so the tiny models have a
 * reason to learn them: indirect objects (a name that must be copied back from
 * earlier in the sentence: "When Anna and Tom went to the park, Tom gave a ball to
 * Anna"), number agreement across a prepositional phrase ("The keys to the cabinet
 * are …") and, in Chinese, the same name copying with 把 and measure words.
 *
 * Each pattern has training frames and separate probe frames (other wording, used
 * only to measure the model, never trained on), so a probe tests the pattern, not a
 * memorised sentence.
 */
import type { Rng } from '../../../lib/model/types';
import { pick, pickTwo, type Template } from './grammar';
import * as EN from './en-words';
import * as ZH from './zh-words';

/** English first names that are one word (the indirect-object frames use them). */
export const englishNames = EN.names.map((n) => n.np).filter((n) => !n.includes(' '));
/** Chinese full names with distinct surnames, plus the corpus's everyday names. */
export const chineseNames = [
  '王芳',
  '李明',
  '张伟',
  '刘洋',
  '陈静',
  '杨帆',
  '赵磊',
  '黄丽',
  '周杰',
  '吴敏',
  '徐涛',
  '孙悦',
  '马超',
  '朱琳',
  '胡军',
  '郭强',
  '林峰',
  '何平',
  '高原',
  '罗兰',
  ...ZH.children.filter((n) => n.length === 2 && n.startsWith('小')),
];

type Frame = (a: string, b: string, subject: string, object: string, r: Rng) => string;

const enPlaces = ['park', 'market', 'library', 'station', 'beach', 'school', 'museum', 'garden', 'shop', 'zoo', 'cafe', 'river'];
const enThings = ['ball', 'book', 'letter', 'cup', 'key', 'map', 'ticket', 'apple', 'bag', 'hat', 'pen', 'flower', 'drink', 'gift'];

const englishTrainFrames: Frame[] = [
  (a, b, s, o, r) => `When ${a} and ${b} went to the ${pick(r, enPlaces)}, ${s} gave a ${pick(r, enThings)} to ${o}.`,
  (a, b, s, o, r) => `${a} and ${b} had lunch together, and then ${s} handed the ${pick(r, enThings)} to ${o}.`,
  (a, b, s, o, r) => `After ${a} and ${b} got to the ${pick(r, enPlaces)}, ${s} showed the ${pick(r, enThings)} to ${o}.`,
  (a, b, s, o, r) => `${a} and ${b} were tidying the ${pick(r, enPlaces)}. ${s} passed the ${pick(r, enThings)} to ${o}.`,
  (a, b, s, o) => `${a} and ${b} wrote to each other for years. One day ${s} sent a long letter to ${o}.`,
  (a, b, s, o, r) => `When ${a} and ${b} arrived at the ${pick(r, enPlaces)}, ${s} said hello to ${o}.`,
  (a, b, s, o, r) => `${a} and ${b} found a ${pick(r, enThings)}, and ${s} gave it to ${o}.`,
];
/** More frames for the second stage's structure windows only (the corpus keeps the ones above, so the first stage reproduces). */
const moreEnglishFrames: Frame[] = [
  (a, b, s, o, r) => `Once ${a} and ${b} had cleaned the ${pick(r, enPlaces)}, ${s} lent the ${pick(r, enThings)} to ${o}.`,
  (a, b, s, o, r) => `${a} and ${b} stayed at the ${pick(r, enPlaces)} all day, so ${s} bought a ${pick(r, enThings)} for ${o}.`,
  (a, b, s, o, r) => `At the ${pick(r, enPlaces)}, ${a} and ${b} sat down, and ${s} read a story to ${o}.`,
  (a, b, s, o, r) => `${a} and ${b} walked home from the ${pick(r, enPlaces)}. On the way, ${s} sold the ${pick(r, enThings)} to ${o}.`,
];
/** Probe frames: the prompt stops before the indirect object. */
const englishProbeFrames: Frame[] = [
  (a, b, s, _o, r) => `While ${a} and ${b} were walking to the ${pick(r, enPlaces)}, ${s} gave the ${pick(r, enThings)} to`,
  (a, b, s, _o, r) => `${a} and ${b} met at the ${pick(r, enPlaces)} yesterday, and ${s} threw the ${pick(r, enThings)} to`,
  (a, b, s, _o, r) => `On Sunday ${a} and ${b} visited the ${pick(r, enPlaces)}. Later, ${s} brought a ${pick(r, enThings)} to`,
];

const zhThings = ZH.things.map(([thing, mw]) => [thing, mw] as const);
const zhPlaces = ZH.places;
const chineseTrainFrames: Frame[] = [
  (a, b, s, o, r) => `${a}和${b}去了${pick(r, zhPlaces)}，${s}把${pick(r, zhThings)[0]}给了${o}。`,
  (a, b, s, o, r) => `${a}和${b}一起吃午饭，后来${s}把${pick(r, zhThings)[0]}递给了${o}。`,
  (a, b, s, o, r) => {
    const [thing, mw] = pick(r, zhThings);
    return `${a}跟${b}到了${pick(r, zhPlaces)}以后，${s}送给${o}一${mw}${thing}。`;
  },
  (a, b, s, o) => `${a}和${b}是好朋友，${s}常常给${o}写信。`,
  (a, b, s, o, r) => `${a}和${b}在${pick(r, zhPlaces)}找到了${pick(r, zhThings)[0]}，${s}把它交给了${o}。`,
  (a, b, s, o, r) => `到了${pick(r, zhPlaces)}，${a}和${b}坐下来，${s}对${o}说：“你好！”`,
];
const moreChineseFrames: Frame[] = [
  (a, b, s, o, r) => `${a}和${b}打扫完${pick(r, zhPlaces)}，${s}把${pick(r, zhThings)[0]}借给了${o}。`,
  (a, b, s, o, r) => `${a}和${b}在${pick(r, zhPlaces)}待了一天，${s}给${o}买了${pick(r, zhThings)[0]}。`,
  (a, b, s, o, r) => `${a}和${b}从${pick(r, zhPlaces)}回家，路上${s}把${pick(r, zhThings)[0]}还给了${o}。`,
];
const chineseProbeFrames: Frame[] = [
  (a, b, s, _o, r) => `昨天${a}和${b}在${pick(r, zhPlaces)}见面，${s}把${pick(r, zhThings)[0]}拿给了`,
  (a, b, s, _o, r) => `${a}和${b}一起走到${pick(r, zhPlaces)}门口，${s}把${pick(r, zhThings)[0]}交给了`,
  (a, b, s, _o, r) => `星期天${a}和${b}去${pick(r, zhPlaces)}玩，${s}把${pick(r, zhThings)[0]}送给了`,
];

function nameSentence(frames: Frame[], names: string[]): Template {
  return (r) => {
    const [a, b] = pickTwo(r, names);
    const subjectIsA = r() < 0.5;
    return pick(r, frames)(a, b, subjectIsA ? a : b, subjectIsA ? b : a, r);
  };
}

/** Training sentences with an indirect object copied from earlier in the sentence. */
export const englishIndirectObject = nameSentence(englishTrainFrames, englishNames);
export const chineseIndirectObject = nameSentence(chineseTrainFrames, chineseNames);
const englishStructureNames = nameSentence([...englishTrainFrames, ...moreEnglishFrames], englishNames);
const chineseStructureNames = nameSentence([...chineseTrainFrames, ...moreChineseFrames], chineseNames);

/** A probe: the prompt, the right continuation and the wrong one. */
export interface ChoiceProbe {
  prompt: string;
  right: string;
  wrong: string;
}

function nameProbes(frames: Frame[], names: string[], r: Rng, count: number, space: string): ChoiceProbe[] {
  const out: ChoiceProbe[] = [];
  for (let i = 0; i < count; i++) {
    const [a, b] = pickTwo(r, names);
    const subjectIsA = i % 2 === 0;
    const [s, o] = subjectIsA ? [a, b] : [b, a];
    out.push({ prompt: frames[i % frames.length](a, b, s, o, r), right: space + o, wrong: space + s });
  }
  return out;
}

export const englishNameProbes = (r: Rng, count: number) => nameProbes(englishProbeFrames, englishNames, r, count, ' ');
export const chineseNameProbes = (r: Rng, count: number) => nameProbes(chineseProbeFrames, chineseNames, r, count, '');

/**
 * Agreement probes: a head noun, a prepositional phrase whose noun has the other
 * number (the attractor), and the verb that must agree with the head. Words and
 * frames here are not the training templates'.
 */
const heads: [string, string][] = [
  ['chair', 'chairs'],
  ['window', 'windows'],
  ['lamp', 'lamps'],
  ['bird', 'birds'],
  ['student', 'students'],
  ['painting', 'paintings'],
  ['road', 'roads'],
  ['tree', 'trees'],
  ['door', 'doors'],
  ['teacher', 'teachers'],
  ['car', 'cars'],
  ['song', 'songs'],
];
const attractors: [string, string][] = [
  ['house', 'houses'],
  ['garden', 'gardens'],
  ['river', 'rivers'],
  ['city', 'cities'],
  ['school', 'schools'],
  ['wall', 'walls'],
  ['hill', 'hills'],
  ['market', 'markets'],
];
const preps = ['near', 'behind', 'beside', 'of', 'by', 'in front of'];

export function englishAgreementProbes(r: Rng, count: number): ChoiceProbe[] {
  const out: ChoiceProbe[] = [];
  for (let i = 0; i < count; i++) {
    const plural = i % 2 === 0;
    const [hs, hp] = pick(r, heads);
    const [as, ap] = pick(r, attractors);
    const past = r() < 0.5;
    const [sing, plur] = past ? [' was', ' were'] : [' is', ' are'];
    out.push({
      prompt: `The ${plural ? hp : hs} ${pick(r, preps)} the ${plural ? as : ap}`,
      right: plural ? plur : sing,
      wrong: plural ? sing : plur,
    });
  }
  return out;
}

/**
 * Training sentences with number agreement across a prepositional phrase whose noun has
 * either number, so the verb can only follow the head noun ("The cups under the boxes
 * are clean."). Heads, attractors and prepositions are disjoint from the probes' above,
 * which therefore test the rule on words it was never practised with.
 */
const trainingHeads = [...EN.things, ...EN.animals, ...EN.countNouns].filter(([sing]) => !heads.some(([h]) => h === sing) && !attractors.some(([a]) => a === sing));
const trainingAttractors: [string, string][] = [
  ['table', 'tables'],
  ['box', 'boxes'],
  ['shelf', 'shelves'],
  ['bed', 'beds'],
  ['desk', 'desks'],
  ['fence', 'fences'],
  ['bridge', 'bridges'],
  ['kitchen', 'kitchens'],
  ['stone', 'stones'],
  ['farm', 'farms'],
  ['village', 'villages'],
  ['bench', 'benches'],
  ['tower', 'towers'],
  ['island', 'islands'],
  ['mountain', 'mountains'],
  ['lake', 'lakes'],
  ['street', 'streets'],
  ['tunnel', 'tunnels'],
  ['gate', 'gates'],
  ['field', 'fields'],
  ['forest', 'forests'],
  ['shop', 'shops'],
  ['office', 'offices'],
  ['room', 'rooms'],
  ['boat', 'boats'],
  ['basket', 'baskets'],
  ['drawer', 'drawers'],
  ['cupboard', 'cupboards'],
];
const trainingPreps = ['on', 'under', 'next to', 'inside', 'from', 'above', 'at', 'with', 'for', 'below'];
const agreementEndings: [string, string][] = [
  ['is clean', 'are clean'],
  ['is old', 'are old'],
  ['was broken', 'were broken'],
  ['is here', 'are here'],
  ['was lost', 'were lost'],
  ['has gone', 'have gone'],
  ['is ready', 'are ready'],
  ['was heavy', 'were heavy'],
  ['seems fine', 'seem fine'],
];

export const englishAgreement: Template = (r) => {
  const plural = r() < 0.5;
  const [hs, hp] = pick(r, trainingHeads);
  const attractorPlural = r() < 0.5;
  const [as, ap] = pick(r, trainingAttractors);
  const [sing, plur] = pick(r, agreementEndings);
  return `The ${plural ? hp : hs} ${pick(r, trainingPreps)} the ${attractorPlural ? ap : as} ${plural ? plur : sing}.`;
};

/**
 * Name sentences composed from parts, for the English model's third stage: an opening clause
 * that brings in the two names (16 of them) × a verb of giving (12) × "a" or "the". With the
 * 11 whole frames above, the English model learned the rule for those wordings only (94–96%
 * right in "When A and B went to the P, B gave a T to" but 19–64% in the probe frames);
 * drawn from 384 wordings, it has to learn it apart from any one of them. No part is a probe
 * frame's opening, nor one of the probe verbs no training frame uses (threw, brought).
 */
const englishOpenings: ((a: string, b: string, place: string) => string)[] = [
  (a, b, p) => `When ${a} and ${b} went to the ${p},`,
  (a, b, p) => `After ${a} and ${b} got to the ${p},`,
  (a, b, p) => `Once ${a} and ${b} had cleaned the ${p},`,
  (a, b, p) => `${a} and ${b} were tidying the ${p}, and`,
  (a, b, p) => `As soon as ${a} and ${b} reached the ${p},`,
  (a, b, p) => `${a} and ${b} spent the morning at the ${p}, and then`,
  (a, b, p) => `Before ${a} and ${b} left the ${p},`,
  (a, b, p) => `${a} and ${b} sat down in the ${p}, and`,
  (a, b, p) => `Last week ${a} and ${b} drove to the ${p}, where`,
  (a, b, p) => `At the ${p}, ${a} and ${b} talked for an hour, and`,
  (a, b, p) => `${a} and ${b} were waiting at the ${p} when`,
  (a, b, p) => `Because ${a} and ${b} were late for the ${p},`,
  (a, b, p) => `${a} and ${b} looked around the ${p}. Then`,
  (a, b, p) => `In the ${p}, ${a} and ${b} found a bench, and`,
  (a, b, p) => `${a} and ${b} took the bus to the ${p}. There`,
  (a, b, p) => `After lunch ${a} and ${b} cycled to the ${p}, and`,
];
const englishGivingVerbs = ['gave', 'handed', 'passed', 'showed', 'sent', 'lent', 'sold', 'offered', 'returned', 'tossed', 'mailed', 'left'];

const composedEnglishNames: Template = (r) => {
  const [a, b] = pickTwo(r, englishNames);
  const subjectIsA = r() < 0.5;
  const [s, o] = subjectIsA ? [a, b] : [b, a];
  return `${pick(r, englishOpenings)(a, b, pick(r, enPlaces))} ${s} ${pick(r, englishGivingVerbs)} ${r() < 0.5 ? 'a' : 'the'} ${pick(r, enThings)} to ${o}.`;
};

/**
 * Agreement sentences composed from parts, for the English model's fourth stage. After the
 * third it chose the agreeing verb in 92% of fresh sentences made of the words above but in
 * about half of the probes, and in 31% of those where a singular head stood before a plural
 * noun ("The chair near the houses"): it had learned the rule for the words it practised, and
 * elsewhere followed the nearer noun. Here heads and the
 * nouns of the phrases come from 312 nouns (regular and irregular plurals), behind an
 * adjective now and then, across one or two phrases built from 28 prepositions; the probes'
 * nouns and prepositions are left out, so the probes still test the rule on new words. It
 * lowered the loss on every held-out story, yet left agreement on the probes near chance
 * (data/README.md, "English, a fourth stage").
 */
const probeWords = new Set([...heads, ...attractors].flat());
const agreementNouns = [...EN.things, ...EN.animals, ...EN.countNouns, ...EN.moreCountNouns].filter(
  ([sing, plur], i, all) => sing !== plur && !probeWords.has(sing) && all.findIndex(([s]) => s === sing) === i,
);
const agreementPreps = [
  ...trainingPreps,
  ...['around', 'across', 'along', 'outside', 'over', 'past', 'without', 'against', 'through', 'beneath', 'opposite', 'underneath'],
  ...['close to', 'far from', 'away from', 'across from', 'together with', 'along with'],
];
const agreementAdjectives = ['old', 'new', 'small', 'big', 'red', 'blue', 'wooden', 'empty', 'quiet', 'tall', 'dark', 'green'];
const agreementPredicates: [string, string][] = [
  ...agreementEndings,
  ...['missing', 'empty', 'full', 'open', 'closed', 'wet', 'dry', 'safe', 'warm', 'cold', 'new', 'small', 'dirty', 'famous', 'quiet', 'still there'].flatMap((a): [string, string][] => [
    [`is ${a}`, `are ${a}`],
    [`was ${a}`, `were ${a}`],
  ]),
  ['looks tired', 'look tired'],
  ['has arrived', 'have arrived'],
  ['belongs to us', 'belong to us'],
];

function nounPhrase(r: Rng, plural: boolean): string {
  const [sing, plur] = pick(r, agreementNouns);
  return `${r() < 0.2 ? `${pick(r, agreementAdjectives)} ` : ''}${plural ? plur : sing}`;
}

function agreementAcross(prepositions: string[]): Template {
  return (r) => {
    const plural = r() < 0.5;
    const head = nounPhrase(r, plural);
    let phrase = `${pick(r, prepositions)} the ${nounPhrase(r, r() < 0.5)}`;
    if (r() < 0.25) phrase += ` ${pick(r, prepositions)} the ${nounPhrase(r, r() < 0.5)}`;
    const [sing, plur] = pick(r, agreementPredicates);
    return `The ${head} ${phrase} ${plural ? plur : sing}.`;
  };
}

export const composedAgreement = agreementAcross(agreementPreps);

/**
 * The fifth stage's agreement sentences: the same nouns, across the 28 prepositions and the
 * probes' six. After the fourth stage the model kept to a singular head before a plural noun
 * across "near" and "behind" (95% and 86% of such probe sentences) but followed the nearer
 * noun across "of" (21%), "beside" and "in front of" (2%): prepositions it had never practised
 * the rule with, and that ordinary text is full of. The probes' nouns stay out, so every probe
 * is still a sentence the model has never read, about nouns it never practised the rule on.
 */
export const agreementAcrossEveryPreposition = agreementAcross([...agreementPreps, ...preps]);

/**
 * Which structure sentences a later stage reads: `frames`, the name frames above and the
 * agreement sentences, half each; `composed` (English only), seven in ten name sentences
 * composed from parts, the rest agreement sentences; `agreement` (English only), seven in ten
 * composed agreement sentences, the rest composed name sentences; `everyPreposition` (English
 * only), as `agreement` with the fifth stage's prepositions.
 */
export type StructureSet = 'frames' | 'composed' | 'agreement' | 'everyPreposition';

/** The sentences of a later training stage's structure windows (data.ts, `structureIds`). */
export function structureSentence(locale: 'en' | 'zh', set: StructureSet = 'frames'): Template {
  if (set !== 'frames' && locale !== 'en') throw new Error(`the ${set} structure sentences are English only`);
  if (locale === 'zh') return chineseStructureNames;
  if (set === 'composed') return (r) => (r() < 0.7 ? composedEnglishNames(r) : englishAgreement(r));
  if (set === 'agreement') return (r) => (r() < 0.7 ? composedAgreement(r) : composedEnglishNames(r));
  if (set === 'everyPreposition') return (r) => (r() < 0.7 ? agreementAcrossEveryPreposition(r) : composedEnglishNames(r));
  return (r) => (r() < 0.5 ? englishStructureNames(r) : englishAgreement(r));
}
