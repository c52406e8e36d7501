'use client';
/**
 * The numbers beside the cache: the bytes it takes for this model and, for the same
 * tokens, for two published 7B-class shapes (one with grouped-query attention),
 * with the formula; and the multiply-adds of this step and of the run so far with
 * and without the cache. Every figure comes from math.ts and the model's config.
 */
import { memo } from 'react';
import type { ModelConfig } from '@/lib/model/types';
import { compactCount, percent } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatBytes, kvCacheBytes, REFERENCE_MODELS, runCost, stepCost, tinyKvShape } from './math';
import { formulaHtml } from './formulas';
import type { GenerationStrings } from './strings';

interface CostPanelProps {
  locale: Locale;
  t: GenerationStrings;
  config: ModelConfig;
  /** Tokens in the cache after the step shown. */
  cached: number;
  promptLength: number;
  steps: number;
  noCache: boolean;
}

export const CostPanel = memo(function CostPanel({ locale, t, config, cached, promptLength, steps, noCache }: CostPanelProps) {
  const count = (n: number) => compactCount(n, locale);
  const step = steps > 0 ? stepCost(config, promptLength + steps - 1) : null;
  const run = runCost(config, promptLength, steps);
  return (
    <div className="gen-costs">
      <div className="gen-cost" data-memory>
        <p className="gen-cost-title">{t.memoryTitle}</p>
        <p className="gen-formula" role="region" aria-label={t.memoryTitle} tabIndex={0} dangerouslySetInnerHTML={{ __html: formulaHtml.memory }} />
        <ul>
          <li data-memory-this>{t.memoryThis(cached, formatBytes(kvCacheBytes(tinyKvShape(config), cached)))}</li>
          {REFERENCE_MODELS.map((m) => (
            <li key={m.name}>{t.memoryOther(m.name, m.shape.kvHeads, m.heads, formatBytes(kvCacheBytes(m.shape, cached)))}</li>
          ))}
        </ul>
      </div>
      <div className="gen-cost" data-cost>
        <p className="gen-cost-title">{t.costTitle}</p>
        <p className="gen-formula" role="region" aria-label={t.tableWith} tabIndex={0} dangerouslySetInnerHTML={{ __html: formulaHtml.withCache }} />
        <p className="gen-formula" role="region" aria-label={t.tableWithout} tabIndex={0} dangerouslySetInnerHTML={{ __html: formulaHtml.withoutCache }} />
        {step && <p data-step-cost>{t.costStep(count(step.withCache), count(step.withoutCache))}</p>}
        {steps > 0 && <p>{t.costRun(steps, count(run.saved), percent(run.withoutCache ? run.saved / run.withoutCache : 0))}</p>}
        {noCache && <p className="gen-emphasis">{t.costNoCacheOn}</p>}
      </div>
    </div>
  );
});
