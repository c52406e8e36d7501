/**
 * Seeded generator of simple, grammatical modern English sentences.
 *
 * The English tiny model is trained on a synthetic
 * corpus written for this project (license-clean, disclosed on the site). The
 * templates cover people and animals, places, giving and asking, pronouns
 * that refer back to a noun, agreement across a prepositional phrase,
 * numbers, comparisons and short dialogues, so the site's sample sentences
 * ("The animal didn't cross the street because it was too tired.", "The cat
 * sat on the mat.", …) are natural to the model.
 */
import type { Rng } from '../../../lib/model/types';
import { capitalise, chance, pick, pickTwo, weighted, type Template } from './grammar';
import * as W from './en-words';

interface Ref {
  np: string;
  sub: string;
  obj: string;
  pos: string;
}

function pronouns(g: 'm' | 'f' | 'x', r: Rng): Omit<Ref, 'np'> {
  const male = g === 'm' || (g === 'x' && chance(r, 0.5));
  return male ? { sub: 'he', obj: 'him', pos: 'his' } : { sub: 'she', obj: 'her', pos: 'her' };
}
function person(r: Rng): Ref {
  const p = chance(r, 0.55) ? pick(r, W.names) : pick(r, W.roles);
  return { np: p.np, ...pronouns(p.g, r) };
}
/** Two people whose pronouns differ, so "he"/"she" refers back unambiguously. */
function twoPeople(r: Rng): [Ref, Ref] {
  const a = person(r);
  let b = person(r);
  while (b.sub === a.sub || b.np === a.np) b = person(r);
  return [a, b];
}
const a = (word: string) => (/^[aeiou]/.test(word) ? 'an ' : 'a ') + word;
const s = (text: string) => capitalise(text);

const animalCrossing: Template = (r) => {
  const animal = chance(r, 0.15) ? 'animal' : pick(r, W.animals)[0];
  const [verb, placeList] = pick(r, W.crossings);
  const place = pick(r, placeList);
  const neg = pick(r, ["didn't", "didn't", 'did not', "couldn't", "wouldn't"]);
  const reason = chance(r, 0.7) ? pick(r, W.animalStates) : pick(r, W.placeStates[place]);
  if (chance(r, 0.2)) return `The ${animal} wanted to ${verb} the ${place}, but it was too ${pick(r, W.animalStates)}.`;
  return `The ${animal} ${neg} ${verb} the ${place} because it was too ${reason}.`;
};

const sitting: Template = (r) => {
  const [surface, preps] = pick(r, W.surfaces);
  const who = chance(r, 0.7) ? `the ${pick(r, W.animals)[0]}` : person(r).np;
  const verb = pick(r, ['sat', 'sat', 'slept', 'lay', 'stood', 'waited', 'played', 'jumped']);
  const tail = chance(r, 0.25) ? ` and looked at the ${pick(r, W.animals)[0]}` : '';
  return s(`${who} ${verb} ${pick(r, preps)} the ${surface}${tail}.`);
};

const giving: Template = (r) => {
  const [p1, p2] = twoPeople(r);
  const giver = chance(r, 0.4) ? p1.sub : p1.np;
  const taker = chance(r, 0.4) ? p2.obj : p2.np;
  const thing = pick(r, W.things)[0];
  const reason = pick(r, [`${p2.sub} asked for it`, `${p2.sub} wanted to ${W.thingUses[thing] ?? 'have it'}`, `${p1.sub} didn't need it anymore`, `${p2.sub} had lost ${p2.pos} own`]);
  if (chance(r, 0.2)) return s(`${giver} gave the ${thing} to ${taker}, and ${p2.sub} said thank you.`);
  return s(`${giver} gave ${taker} the ${thing} because ${reason}.`);
};

const agreement: Template = (r) => {
  const [sing, plur] = pick(r, W.things);
  const plural = chance(r, 0.6);
  const [surface, preps] = pick(r, W.surfaces);
  const where = `${pick(r, preps)} the ${surface}`;
  if (chance(r, 0.45)) {
    const key = plural ? 'keys' : 'key';
    return `The ${key} to the ${pick(r, W.containers)} ${plural ? 'are' : 'is'} ${where}.`;
  }
  const noun = plural ? plur : sing;
  const adj = pick(r, ['old', 'new', 'clean', 'heavy', 'red', 'blue', 'small', 'big', 'broken']);
  return `The ${noun} ${where} ${plural ? 'are' : 'is'} ${adj}.`;
};

const numbers: Template = (r) => {
  const n = 2 + Math.floor(r() * 9);
  const [surface, preps] = pick(r, W.surfaces);
  const kind = Math.floor(r() * 4);
  if (kind === 0) return `There are ${W.numberWords[n]} ${pick(r, W.things)[1]} ${pick(r, preps)} the ${surface}.`;
  if (kind === 1) return `There is one ${pick(r, W.things)[0]} ${pick(r, preps)} the ${surface}.`;
  if (kind === 2) return s(`${person(r).np} has ${W.numberWords[n]} ${pick(r, W.animals)[1]}.`);
  const x = 1 + Math.floor(r() * 6);
  const y = Math.floor(r() * 7);
  return s(`${W.numberWords[x]} ${pick(r, ['plus', 'and'])} ${W.numberWords[y]} ${pick(r, ['is', 'makes'])} ${W.numberWords[x + y]}.`);
};

const dialogue: Template = (r) => {
  const [p1, p2] = twoPeople(r);
  const [n1, n2] = [p1.np, p2.np];
  const [surface, preps] = pick(r, W.surfaces);
  switch (Math.floor(r() * 4)) {
    case 0: {
      const thing = pick(r, W.things)[0];
      return s(`"Where is the ${thing}?" asked ${n1}. "It is ${pick(r, preps)} the ${surface}," said ${n2}.`);
    }
    case 1:
      return s(`"Are you ${pick(r, ['hungry', 'tired', 'cold', 'ready', 'happy'])}?" asked ${n1}. "${pick(r, ['Yes, I am', 'No, I am not'])}," said ${n2}.`);
    case 2:
      return s(`"Where are you going?" asked ${n1}. "I am going to the ${pick(r, W.places)}," said ${n2}.`);
    default:
      return s(`"Can I have ${a(pick(r, ['apple', 'orange', 'egg', 'cup of tea', 'biscuit']))}?" asked ${n1}. "Of course," said ${n2}.`);
  }
};

const routine: Template = (r) => {
  const p = person(r);
  switch (Math.floor(r() * 5)) {
    case 0:
      return s(`every ${pick(r, W.days)}, ${p.np} walks to the ${pick(r, W.places)} with ${p.pos} ${pick(r, W.relatives)}.`);
    case 1:
      return s(`${p.np} went to the ${pick(r, W.places)} ${pick(r, W.times)}.`);
    case 2:
      return s(`${p.np} likes to ${pick(r, W.activities)}.`);
    case 3: {
      const [g1, g2] = pickTwo(r, W.gerunds);
      return `${pick(r, ['I', 'We', 'They', 'You'])} like ${g1}, and ${pick(r, ['I', 'we', 'they', 'you'])} also like ${g2}.`;
    }
    default:
      return s(`${p.np} likes ${pickTwo(r, W.gerunds).join(' and ')}.`);
  }
};

const reference: Template = (r) => {
  const [p1, p2] = twoPeople(r);
  switch (Math.floor(r() * 5)) {
    case 0:
      return s(`${p1.np} called ${p2.np} because ${p1.sub} wanted to ${pick(r, ['talk', 'say hello', 'ask a question', 'tell a story'])}.`);
    case 1: {
      const [feel, act] = pick(r, W.feelings);
      return s(`${p1.np} was ${feel}, so ${p1.sub} ${act}.`);
    }
    case 2:
      return s(`when ${p1.np} came home, ${p1.sub} ${pick(r, ['made tea', 'fed the cat', 'read a letter', 'cooked dinner', 'opened the window'])}.`);
    case 3: {
      const rel = pick(r, W.relatives);
      const rp = pronouns(W.relativeGender[rel], r);
      return s(`${p1.np} helped ${p1.pos} ${rel} because ${rp.sub} was ${pick(r, ['busy', 'tired', 'sick', 'late'])}.`);
    }
    default: {
      const [feel, act] = pick(r, W.animalFeelings);
      return `The ${pick(r, W.animals)[0]} was ${feel}, so it ${act}.`;
    }
  }
};

const world: Template = (r) => {
  switch (Math.floor(r() * 4)) {
    case 0: {
      const [w, acts] = pick(r, W.weather);
      return `It was ${w}, so ${pick(r, ['we', 'they', 'the children', 'I'])} ${pick(r, acts)}.`;
    }
    case 1: {
      const i = Math.floor(r() * W.animals.length);
      let j = Math.floor(r() * W.animals.length);
      while (Math.abs(i - j) < 3) j = Math.floor(r() * W.animals.length);
      return `The ${W.animals[i][0]} is ${i > j ? 'bigger' : 'smaller'} than the ${W.animals[j][0]}.`;
    }
    case 2: {
      const p = pick(r, W.names);
      const age = 5 + Math.floor(r() * 8);
      return pick(r, [
        `My name is ${p.np}.`,
        `What is your name?`,
        `I am ${W.numberWords[age]} years old.`,
        `${p.np} is ${age} years old.`,
        `${p.np} is my ${pick(
          r,
          W.relatives.filter((rel) => W.relativeGender[rel] !== (p.g === 'm' ? 'f' : 'm')),
        )}.`,
        `The shop opens at ${age} o'clock.`,
        `Bus ${1 + Math.floor(r() * 99)} goes to the ${pick(r, W.places)}.`,
        `${pick(r, W.exclamations)}`,
      ]);
    }
    default:
      return s(
        `${
          pick(
            r,
            W.roles.filter((p) => p.np.startsWith('the ')),
          ).np
        } who lives next door has ${a(pick(r, W.animals)[0])}.`,
      );
  }
};

/** One English sentence. */
export const englishSentence: Template = weighted([
  [3, animalCrossing],
  [2, sitting],
  [3, giving],
  [2, agreement],
  [2, numbers],
  [2, dialogue],
  [2, routine],
  [3, reference],
  [2, world],
]);
