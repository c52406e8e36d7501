/**
 * `npx tsx scripts/train/find-sample-heads.ts`: for candidate explorer samples (a
 * sentence, a query word and the word it should find), lists the heads of the shipped
 * model that put the most weight from the query on the target, and whether the target
 * is that head's strongest key; the shipped samples are listed first. Used to choose lib/widgets/attentionSamples.ts,
 * whose choices tests/unit/lib/widgets/attentionSamples.test.ts then checks.
 */
import { tokenBytes } from '../../lib/model/bpe';
import { forward } from '../../lib/model/forward';
import { encode } from '../../lib/model/tokenizer';
import { samples, tokenOfWord } from '@/lib/widgets/attentionSamples';
import { readModel } from '../model/eval';

const CANDIDATES: Record<'en' | 'zh', [string, string, string][]> = {
  en: [
    ['The cat sat on the mat.', ' mat', ' the'],
    ['I like green tea. You like green tea. We like green tea.', 'We like green', ' tea'],
    ['I like green tea. You like green tea.', 'You like green', ' tea'],
    ["The animal didn't cross the street because it was too tired.", ' it', ' animal'],
    ['The keys to the cabinet are on the table.', ' are', ' keys'],
    ['When Anna and Tom went to the park, Tom gave a ball to', ' to', ' Anna'],
    ['When Anna and Tom went to the park, Tom gave a ball to', ' gave', ' Tom'],
    ['The dog chased the ball, and then the dog chased the cat.', 'then the dog', ' chased'],
    ['The old man walked to the station in the rain.', ' rain', 'The'],
    ['The cat sat on the mat. The cat sat on the', 'mat. The cat sat', ' on'],
    ['My friend lives in a small house near the river. My friend lives in a small', 'river. My friend lives in a small', ' house'],
    ['We went to the market and bought some bread. Then we went to the market and bought some', 'Then we went to the market and bought', ' some'],
    ['The red car stopped at the station. The red car', 'station. The red', ' car'],
  ],
  zh: [
    ['小猫没有过马路，因为它太累了。', '它', '小猫'],
    ['我喜欢喝茶，你喜欢喝茶，他也喜欢喝茶。', '他也喜欢', '喝'],
    ['我喜欢喝茶，你喜欢喝茶。', '你喜欢', '喝'],
    ['王芳和李明去了公园，李明把球给了', '给了', '王芳'],
    ['柜子的钥匙在桌子上。', '在', '钥匙'],
    ['老师把书给了学生，因为他想读。', '他', '学生'],
    ['今天天气很好，我们去公园散步。', '散步', '今天'],
    ['小明喜欢吃苹果，小红也喜欢吃苹果。', '小红也喜欢吃', '苹果'],
    ['我们明天去北京看长城。我们明天去北京', '长城。我们明天去', '北京'],
    ['今天下雨了，我们在家里看书。', '在家里看', '，'],
    ['妈妈做了饭，爸爸洗了碗，我擦了桌子。', '我擦了桌', '，爸'],
    ['我姐姐在床底下找到一把银色的钥匙。我姐姐在床底下找到一把银色的', '。我姐姐在床底下找到一把银色的', '钥匙'],
    ['我们明天去北京看长城。我们明天去北京看', '长城。我们明天去北京看', '长城'],
    ['小王在超市买了三个苹果和一瓶牛奶。小王在超市买了三个', '。小王在超市买了三个', '苹果'],
    ['奶奶每天早上去公园打太极拳。奶奶每天早上去公园打', '。奶奶每天早上去公园打', '太极'],
    ['王芳和李明去了公园，王芳把球给了', '给了', '李明'],
    ['张伟和刘洋去了学校，刘洋把书给了', '给了', '张伟'],
    ['桌子上的钥匙是我的。', '是', '钥匙'],
    ['他把那本书放在桌子上了。', '放在', '书'],
    ['小明放学以后先写作业，然后去楼下踢足球。小明放学以后先写作业，然后去', '，然后去', '楼下'],
    ['小明放学以后先写作业，然后去楼下踢足球。小明放学以后先写', '。小明放学以后先写', '作业'],
    ['李明和王芳去了商店，王芳把钱给了', '给了', '李明'],
  ],
};

for (const locale of ['en', 'zh'] as const) {
  const model = readModel(locale);
  // the shipped samples first (to re-check them after a retraining), then the candidates
  const shipped = samples[locale].map((s) => [s.text, s.focus, s.target] as [string, string, string]);
  for (const [text, focus, target] of [...shipped, ...CANDIDATES[locale]]) {
    const { ids, tokens } = encode(model, text);
    const lengths = ids.map((id) => tokenBytes(model.bpe, id).length);
    const q = tokenOfWord(text, focus, lengths);
    const k = tokenOfWord(text, target, lengths);
    const trace = forward(model, ids);
    const heads = trace.layers.flatMap((layer, l) => layer.attention.map((map, h) => ({ l: l + 1, h: h + 1, w: map[q][k], top: map[q].indexOf(Math.max(...map[q].slice(0, q + 1))) === k })));
    heads.sort((a, b) => b.w - a.w);
    console.log(`${locale} "${text}" [${tokens.join('|')}] q=${JSON.stringify(tokens[q])} k=${JSON.stringify(tokens[k])}`);
    console.log(
      '   ' +
        heads
          .slice(0, 4)
          .map((x) => `L${x.l}H${x.h} ${x.w.toFixed(2)}${x.top ? ' (top)' : ''}`)
          .join(', '),
    );
  }
}
