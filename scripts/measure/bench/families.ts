/**
 * Benchmark scenarios of the model-families explorer, run by scripts/measure/bench.ts:
 * - sentence → view: from a changed sentence (an input event) to the three families'
 *   strips and masks showing the new tokens, laid out, at 32 and 64 tokens (its largest);
 * - hover: from pointing at a token to its view highlighted in all three families.
 * Goal: under 16 ms at 32 tokens, as for every widget.
 */
import type { BenchRow, BenchWindow, Scenario } from './scenario';

const FRAME = '[data-widget-frame="families-explorer"]';

/** A sentence of `n` one-word tokens, different for each run. */
const sentence = (n: number, run: number) => Array.from({ length: n }, (_, i) => `w${run}x${i}`).join(' ');

/** In the page: types `text` and resolves with the ms until every strip shows `n` tokens ending in the last word. */
function changeSentence({ frame, text, last, n }: { frame: string; text: string; last: string; n: number }): Promise<number> {
  const root = document.querySelector(frame)!;
  const input = root.querySelector('input[type="text"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const done = () => {
    const groups = [...root.querySelectorAll('.fam-tokens')].slice(0, 3);
    return groups.length === 3 && groups.every((g) => g.children.length === n && g.lastElementChild?.textContent === last);
  };
  const type = () => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return (window as BenchWindow).__timeUntil(root, done, type, { watch: { childList: true, characterData: true, attributes: true }, failure: `view did not update for ${n} tokens`, timeout: 10_000 });
}

/** In the page: points at token `index` of the decoder-only strip; ms until all three strips mark it active. */
function hover({ frame, index }: { frame: string; index: number }): Promise<number> {
  const root = document.querySelector(frame)!;
  const strips = [...root.querySelectorAll('.fam-tokens')].slice(0, 3);
  const target = strips[1].children[index];
  const shown = () => strips.every((s) => s.children[index]?.getAttribute('data-active') === 'true');
  const point = () => {
    target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    target.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false, pointerType: 'mouse' }));
  };
  return (window as BenchWindow).__timeUntil(root, shown, point, { watch: { attributes: true }, failure: 'hover did not show', timeout: 10_000 });
}

export const scenarios: Scenario[] = [
  {
    name: 'families explorer',
    path: '/en/model-families/',
    async run(page, { runs, mountIsland }) {
      await mountIsland(page, 'families-explorer');
      await page.locator(`${FRAME} .fam-col`).first().waitFor({ timeout: 30_000 });
      const rows: BenchRow[] = [];
      for (const n of [32, 64]) {
        const samples: number[] = [];
        for (let run = 0; run <= runs; run++) {
          const text = sentence(n, run);
          const ms = await page.evaluate(changeSentence, { frame: FRAME, text, last: `w${run}x${n - 1}`, n });
          if (run > 0) samples.push(ms);
        }
        rows.push({ measure: `sentence → three families, ${n} tokens`, samples, goal: n === 32 ? 16 : undefined });
      }
      const hovers: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const ms = await page.evaluate(hover, { frame: FRAME, index: 10 + run });
        if (run > 0) hovers.push(ms);
      }
      rows.push({ measure: 'hover → view in all three, 64 tokens', samples: hovers, goal: 16 });
      return rows;
    },
  },
];
