/**
 * Seeded generator of simple modern Chinese sentences.
 *
 * The Chinese tiny model is trained on a synthetic
 * corpus written for this project (license-clean, disclosed on the site). The
 * templates cover animals and people, 把-sentences with a pronoun that refers
 * back, 喜欢…也喜欢…, places with measure words, numbers, the weather and
 * short dialogues, so the site's sample sentences ("小猫没有过马路，因为它太
 * 累了。", "我喜欢读书，也喜欢写字。", "老师把书给了学生，因为他想读。") are
 * natural to the model.
 */
import type { Rng } from '../../../lib/model/types';
import { chance, pick, pickTwo, weighted, type Template } from './grammar';
import * as W from './zh-words';

/** A person; roles get 他 or 她 at random. */
function ren(r: Rng): W.Ren {
  if (chance(r, 0.6)) return pick(r, W.people);
  return { w: pick(r, W.roles), p: chance(r, 0.5) ? '他' : '她' };
}
/** Two different people with different pronouns, so the pronoun is unambiguous. */
function twoRen(r: Rng): [W.Ren, W.Ren] {
  const a = ren(r);
  let b = ren(r);
  while (b.w === a.w || (b.p === a.p && chance(r, 0.7))) b = ren(r);
  return [a, b];
}
/** A place in a room, e.g. 桌子上, 书包里, 门口. */
function spot(r: Rng): string {
  const [f, sides] = pick(r, W.furniture);
  return f + pick(r, sides);
}
const subject = (r: Rng) => pick(r, ['我', '你', '他', '她', '我们', '他们', '小明', '妹妹', '爷爷']);

const animalCrossing: Template = (r) => {
  const a = pick(r, W.animals);
  const [act, reasons] = pick(r, W.crossings);
  if (chance(r, 0.25)) return `${a}没有${act}，因为${pick(r, reasons)}。`;
  if (chance(r, 0.15)) return `${a}想${act}，可是它太${pick(r, W.animalStates)}了。`;
  return `${a}没有${act}，因为它太${pick(r, W.animalStates)}了。`;
};

const likes: Template = (r) => {
  const [x, y] = pickTwo(r, W.activities);
  const who = subject(r);
  if (chance(r, 0.2)) return `${who}不喜欢${x}，但是喜欢${y}。`;
  return `${who}喜欢${x}，也喜欢${y}。`;
};

const giving: Template = (r) => {
  const [a, b] = twoRen(r);
  const [thing, , use] = pick(r, W.things);
  const reason = pick(r, [`${b.p}想${use}`, `${b.p}想${use}`, `${a.p}不需要了`, `${b.p}的${thing}丢了`]);
  if (chance(r, 0.2)) return `${a.w}给了${b.w}${pick(r, ['一本书', '一个苹果', '一杯水', '一把雨伞', '一块蛋糕', '一张画'])}，${b.w}说：“谢谢！”`;
  return `${a.w}把${thing}给了${b.w}，因为${reason}。`;
};

const location: Template = (r) => {
  const [thing, mw] = pick(r, W.things);
  const where = spot(r);
  const n = 1 + Math.floor(r() * 10);
  switch (Math.floor(r() * 3)) {
    case 0:
      return `${where}有${W.countWords[n]}${mw}${thing}。`;
    case 1:
      return `${thing}在${where}。`;
    default:
      return `${ren(r).w}的钥匙在${where}。`;
  }
};

const numbers: Template = (r) => {
  const x = 1 + Math.floor(r() * 6);
  const y = Math.floor(r() * 7);
  switch (Math.floor(r() * 4)) {
    case 0:
      return `${W.numbers[x]}加${W.numbers[y]}等于${W.numbers[x + y]}。`;
    case 1: {
      const [animal, mw] = pick(r, W.countedAnimals);
      return `${ren(r).w}家有${W.countWords[x + 1]}${mw}${animal}。`;
    }
    case 2:
      return `${pick(r, W.children)}今年${W.numbers[5 + y]}岁了。`;
    default:
      return `${ren(r).w}每天早上${W.numbers[5 + Math.floor(r() * 4)]}点起床。`;
  }
};

const dialogue: Template = (r) => {
  const [a, b] = twoRen(r);
  switch (Math.floor(r() * 4)) {
    case 0:
      return `${a.w}问${b.w}：“你去哪儿？”${b.w}说：“我去${pick(r, W.places)}。”`;
    case 1:
      return `${a.w}问：“你吃饭了吗？”${b.w}说：“${pick(r, ['吃了', '还没有'])}。”`;
    case 2:
      return `${a.w}问：“${pick(r, W.things)[0]}在哪儿？”${b.w}说：“在${spot(r)}。”`;
    default:
      return `“你喜欢${pick(r, W.activities)}吗？”${a.w}问。${b.w}说：“${pick(r, ['喜欢', '很喜欢', '不太喜欢'])}。”`;
  }
};

const reference: Template = (r) => {
  const [a, b] = twoRen(r);
  switch (Math.floor(r() * 5)) {
    case 0: {
      const [feel, act] = pick(r, W.feelings);
      return `${a.w}很${feel}，所以${a.p}${act}。`;
    }
    case 1:
      return `${a.w}给${b.w}打电话，因为${a.p}想${pick(r, ['说说话', '问一个问题', '讲一个故事', '问好'])}。`;
    case 2:
      return `${a.w}回到家以后，${a.p}${pick(r, ['泡了一杯茶', '喂了小猫', '看了一封信', '做了晚饭', '打开了窗户'])}。`;
    case 3: {
      const [feel, act] = pick(r, W.animalFeelings);
      return `${pick(r, W.animals)}太${feel}了，所以它${act}。`;
    }
    default:
      return `${a.w}帮助了${b.w}，因为${b.p}${pick(r, ['很忙', '生病了', '太累了', '迟到了'])}。`;
  }
};

const world: Template = (r) => {
  switch (Math.floor(r() * 4)) {
    case 0: {
      const [w, acts] = pick(r, W.weather);
      return `${pick(r, W.times)}${w}，${pick(r, ['我们', '他们', '孩子们', '我'])}${pick(r, acts)}。`;
    }
    case 1:
      return `${ren(r).w}${pick(r, W.times)}去了${pick(r, W.places)}。`;
    case 2:
      return `${ren(r).w}在${pick(r, W.places)}${pick(r, W.activities)}。`;
    default:
      return pick(r, W.exclamations);
  }
};

const everyday: Template = (r) => {
  const [a, b] = twoRen(r);
  const [thing, mw] = pick(r, W.things);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `这是${a.w}的${thing}。`;
    case 1:
      return `那${mw}${thing}是${a.w}的。`;
    case 2:
      return `${a.w}和${b.w}都喜欢${pick(r, W.activities)}。`;
    case 3: {
      const [x, y] = pickTwo(r, W.activities);
      return `${a.w}会${x}，也会${y}。`;
    }
    case 4:
      return `明天${a.w}要去${pick(r, W.places)}。`;
    default:
      return pick(r, [`我能用一下你的${thing}吗？`, `这只${pick(r, W.animals)}非常${pick(r, ['可爱', '聪明', '安静', '胖'])}。`]);
  }
};

/** One Chinese sentence. */
export const chineseSentence: Template = weighted([
  [3, animalCrossing],
  [2, likes],
  [3, giving],
  [2, location],
  [2, numbers],
  [2, dialogue],
  [3, reference],
  [2, world],
  [2, everyday],
]);
