/**
 * Times lib/model's forward pass (with every attention map and q/k/v) in Node
 * on the shipped models, at 16, 32 and 64 tokens.
 *
 * The numbers quoted in data/README.md for inference speed come from here
 * (`npx tsx scripts/train/bench-forward.ts`). The browser figure is measured
 * separately in Chromium.
 */
import { forward } from '../../lib/model/forward';
import { encode } from '../../lib/model/tokenizer';
import { readModel } from '../model/eval';

const TEXT = {
  en: "The animal didn't cross the street because it was too tired. She gave him the book because he asked for it.",
  zh: '小猫没有过马路，因为它太累了。我喜欢读书，也喜欢写字。老师把书给了学生，因为他想读。小明每天早上七点起床。',
};

for (const locale of ['en', 'zh'] as const) {
  const model = readModel(locale);
  const ids = encode(model, TEXT[locale].repeat(2)).ids;
  for (const n of [16, 32, 64]) {
    const input = ids.slice(0, n);
    for (let i = 0; i < 20; i++) forward(model, input);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      forward(model, input);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${locale} ${n} tokens: median ${times[25].toFixed(2)} ms, best ${times[0].toFixed(2)} ms`);
  }
}
