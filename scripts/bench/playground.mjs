/**
 * Benchmark scenarios of the next-token playground and the head gallery (issue 4),
 * run by scripts/bench.mjs:
 * - prompt → chart: from a changed prompt (an input event) to the chart for the new
 *   prompt on screen, at 16, 32 and 64 characters (one forward pass each);
 * - temperature → continuation: with 40 generated tokens, from a moved temperature
 *   slider to the regenerated continuation and chart (up to 40 forward passes; the
 *   steps before the first token that changes come from the cache);
 * - sentence → gallery: from a changed sentence to all eight labelled maps and the
 *   opened head, at 16, 32 and 64 characters.
 * Every run ends when the widget's DOM shows the new state, after style and layout.
 * Goal from the issue: an update for 32 tokens within a frame (16 ms).
 */

const PLAYGROUND = '[data-widget-frame="next-token-playground"]';
const GALLERY = '[data-widget-frame="head-gallery"]';
const TEXT =
  'The animal did not cross the street because it was too tired. The keys to the cabinet are on the table. ' +
  'I like green tea and you like green tea, so we all drink green tea in the morning before work starts.';
const text = (n, run) => TEXT.slice(run * 3, run * 3 + n);

/**
 * In the page: sets a text box or a slider and resolves with the ms until the element
 * `until.at` carries the data attributes `until.data` (and, if given, the element
 * `until.text[0]` contains the text `until.text[1]`).
 */
function change({ frame, selector, value, kind, until }) {
  const root = document.querySelector(frame);
  const field = root.querySelector(selector);
  const proto = kind === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value').set;
  const done = () => {
    const at = root.querySelector(until.at);
    if (!at || !Object.entries(until.data).every(([k, v]) => at.dataset[k] === v)) return false;
    return !until.text || (root.querySelector(until.text[0])?.textContent ?? '').includes(until.text[1]);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no update for ${value}`)), 10_000);
    let start = 0;
    const check = () => {
      if (!done()) return;
      observer.disconnect();
      void document.body.offsetHeight; // include style and layout of the new view
      clearTimeout(timer);
      resolve(performance.now() - start);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    start = performance.now();
    setValue.call(field, String(value));
    field.dispatchEvent(new Event(kind === 'textarea' ? 'input' : 'change', { bubbles: true }));
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const scenarios = [
  {
    name: 'next-token playground',
    path: '/en/what-is-an-llm/?generated=40',
    async run(page, { runs, mountIsland }) {
      await mountIsland(page, 'next-token-playground');
      await page.locator(`${PLAYGROUND} .ntp-picture[data-generated="40"]`).waitFor({ timeout: 30_000 });
      const rows = [];
      // Temperature first, while the 40-token continuation is there (a new prompt clears it).
      const temps = [];
      for (let run = 0; run <= runs; run++) {
        const t = (0.5 + 0.05 * run).toFixed(2);
        const until = { at: '.ntp-picture', data: { temperature: String(Number(t)), generated: '40' } };
        const ms = await page.evaluate(change, { frame: PLAYGROUND, selector: 'input[type="range"]', value: t, kind: 'range', until });
        if (run > 0) temps.push(ms);
      }
      rows.push({ measure: 'temperature → 40-token continuation', samples: temps });
      for (const n of [16, 32, 64]) {
        const samples = [];
        for (let run = 0; run <= runs; run++) {
          const prompt = text(n, run);
          const tail = prompt.slice(-12);
          const until = { at: '.ntp-picture', data: { promptLength: String(n), generated: '0' }, text: ['.ntp-where', tail] };
          const ms = await page.evaluate(change, { frame: PLAYGROUND, selector: 'textarea', value: prompt, kind: 'textarea', until });
          if (run > 0) samples.push(ms);
        }
        rows.push({ measure: `prompt → chart, ${n} tokens`, samples, goal: n === 32 ? 16 : undefined });
      }
      return rows;
    },
  },
  {
    name: 'head gallery',
    path: '/en/training-and-customization/',
    async run(page, { runs, mountIsland }) {
      await mountIsland(page, 'head-gallery');
      await page.locator(`${GALLERY} .hg-tile`).first().waitFor({ timeout: 30_000 });
      const rows = [];
      for (const n of [16, 32, 64]) {
        const samples = [];
        for (let run = 0; run <= runs; run++) {
          const sentence = text(n, run);
          const until = { at: '.hg-picture', data: { sentence, tokens: String(n) } };
          const ms = await page.evaluate(change, { frame: GALLERY, selector: 'textarea', value: sentence, kind: 'textarea', until });
          if (run > 0) samples.push(ms);
        }
        rows.push({ measure: `sentence → gallery, ${n} tokens`, samples, goal: n === 32 ? 16 : undefined });
      }
      return rows;
    },
  },
];
