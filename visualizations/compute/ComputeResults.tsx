/**
 * The calculator's three answers (compute, wall-clock time, cost), each with
 * its formula and the reader's numbers substituted into it, then the seed
 * article's estimate beside the calculator's figure for GPT-3 under the same
 * assumptions.
 */
import { scientific } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { SEED_ARTICLE_ESTIMATE_USD, type ComputeEstimate, type ComputeInputs } from './math';
import { count, duration, money, plain, type Notation } from './formatting';
import type { ComputeStrings } from './strings';

interface ComputeResultsProps {
  inputs: ComputeInputs;
  result: ComputeEstimate;
  /** GPT-3's estimate under the same hardware and price. */
  gpt3: ComputeEstimate;
  locale: Locale;
  notation: Notation;
  t: ComputeStrings;
}

export function ComputeResults({ inputs, result, locale, notation, t }: Omit<ComputeResultsProps, 'gpt3'>) {
  const sci = (v: number) => scientific(v, 3);
  const hours = result.seconds / 3600;
  return (
    <>
      <div className="compute-results">
        <section className="compute-card" aria-labelledby="compute-c">
          <h4 id="compute-c">{t.compute}</h4>
          <p className="compute-big" data-result="flops">
            {count(result.flops, locale, notation)} {t.flop}
          </p>
          <p className="compute-formula">
            <var>C</var> = 6 · <var>N</var> · <var>D</var> = 6 × {sci(inputs.n)} × {sci(inputs.d)} ≈ {sci(result.flops)} {t.flop}
          </p>
        </section>
        <section className="compute-card" aria-labelledby="compute-t">
          <h4 id="compute-t">{t.time}</h4>
          <p className="compute-big" data-result="time">
            {duration(result.seconds, locale, t)}
          </p>
          <p className="compute-formula">
            <var>T</var> = <var>C</var> / (<var>G</var> · <var>u</var> · <var>P</var>) = {sci(result.flops)} / ({plain(inputs.gpus, locale, 12)} × {plain(inputs.utilisation, locale)} ×{' '}
            {sci(inputs.peakFlops)} {t.flopPerSecond}) ≈ {sci(result.seconds)} s
          </p>
        </section>
        <section className="compute-card" aria-labelledby="compute-cost">
          <h4 id="compute-cost">{t.cost}</h4>
          <p className="compute-big" data-result="cost">
            {money(result.cost, locale, notation, t)}
          </p>
          <p className="compute-formula">
            <var>G</var> · <var>T</var> · {t.priceWord} = {plain(inputs.gpus, locale, 12)} × {plain(hours, locale)} {t.hours} × {plain(inputs.pricePerHour, locale)} = {plain(result.gpuHours, locale)}{' '}
            {t.gpuHours} × {plain(inputs.pricePerHour, locale)} ≈ {money(result.cost, locale, notation, t, true)}
          </p>
        </section>
      </div>
    </>
  );
}

/** The calculator's GPT-3 figure next to the often-quoted estimate (the assumptions are the chapter's notes under the widget). */
export function ComputeExplanation({ gpt3, locale, notation, t }: Pick<ComputeResultsProps, 'gpt3' | 'locale' | 'notation' | 't'>) {
  return (
    <section className="compute-seed" aria-labelledby="compute-seed">
      <h4 id="compute-seed">{t.seedTitle}</h4>
      <p>{t.seedArticle}</p>
      <p data-result="gpt3-cost">{t.seedOurs(money(gpt3.cost, locale, notation, t))}</p>
      <p>{t.seedRatio(`${plain((100 * gpt3.cost) / SEED_ARTICLE_ESTIMATE_USD, locale, 2)}%`)}</p>
      <SeedBars ours={gpt3.cost} locale={locale} notation={notation} t={t} />
    </section>
  );
}

/** Two bars on one linear scale: the article's 12 million and the calculator's GPT-3 figure. */
function SeedBars({ ours, locale, notation, t }: { ours: number; locale: Locale; notation: Notation; t: ComputeStrings }) {
  const max = Math.max(ours, SEED_ARTICLE_ESTIMATE_USD);
  const rows = [
    { key: 'article', label: t.seedArticleShort, value: SEED_ARTICLE_ESTIMATE_USD },
    { key: 'ours', label: t.seedOursShort, value: ours },
  ];
  return (
    <div className="compute-seed-bars" aria-hidden="true">
      {rows.map((r) => (
        <div key={r.key} className="compute-seed-row">
          <span className="compute-seed-label">{r.label}</span>
          <span className="compute-seed-track">
            <span className={r.key === 'ours' ? 'compute-seed-bar-ours' : 'compute-seed-bar'} style={{ width: `${Math.max(0.5, (100 * r.value) / max)}%` }} />
          </span>
          <span className="compute-seed-value">{r.key === 'article' ? `> ${money(r.value, locale, notation, t)}` : money(r.value, locale, notation, t)}</span>
        </div>
      ))}
    </div>
  );
}
