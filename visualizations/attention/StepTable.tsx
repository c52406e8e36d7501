'use client';
/**
 * The step-through's table of keys: one row per key token, one column per
 * stage reached so far (k, q·k, ÷√d_k, mask, weight, α·v). The newest column
 * fades in row by row. Under the causal mask only the first few hidden keys
 * get rows; the rest are summed up in one line. The table keeps one height
 * through all stages (so the page below it does not move while it plays).
 */
import { useMemo, type CSSProperties } from 'react';
import { fixed } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { STEPS, type StepThrough } from './math';
import { visibleToken } from '@/lib/widgets/tokenText';
import { attentionStrings } from './strings';
import { tokenName } from '@/components/widget/attention/strings';
import { withNotation } from '@/components/mdx/notation';
import { VectorStrip } from '@/components/widget/VectorStrip';

interface StepTableProps {
  locale: Locale;
  data: StepThrough;
  tokens: string[];
  /** Index into STEPS of the current stage. */
  step: number;
  /** Magnitude of full opacity for vector strips. */
  scale: number;
}

/** Stage index at which each column appears. */
const AT = { keys: 1, dot: 2, scale: 3, mask: 4, softmax: 5, sum: 6 } as const;
const SHOWN_HIDDEN = 2;

export function StepTable({ locale, data, tokens, step, scale }: StepTableProps) {
  const t = attentionStrings[locale];
  const lastMasked = data.masked.indexOf(true);
  const rows = lastMasked < 0 ? tokens.length : Math.min(tokens.length, lastMasked + SHOWN_HIDDEN);
  const hiddenRest = tokens.length - rows;
  const show = (stage: keyof typeof AT) => step >= AT[stage];
  const fresh = (stage: keyof typeof AT) => (step === AT[stage] ? 'attn-reveal' : undefined);
  const delay = (j: number) => ({ '--d': `${Math.min(j, 40) * 18}ms` }) as CSSProperties;
  const contributions = useMemo(() => data.values.map((v, j) => v.map((x) => x * data.weights[j])), [data]);
  const columns = 1 + (['keys', 'dot', 'scale', 'mask', 'softmax', 'sum'] as const).filter(show).length;
  return (
    <div className="attn-step-table-wrap" role="region" aria-label={t.stepTableLabel} tabIndex={0} style={{ '--rows-height': `${(rows + (hiddenRest > 0 ? 2 : 1)) * 1.75 + 0.2}rem` } as CSSProperties}>
      <table className="attn-step-table" data-stage={STEPS[step]}>
        <thead>
          <tr>
            <th scope="col" className="attn-w-key">
              {t.col.key}
            </th>
            {show('keys') && (
              <th scope="col" className="attn-w-vec">
                {t.col.keyVector}
              </th>
            )}
            {show('dot') && (
              <th scope="col" className="attn-w-num">
                {t.col.dot}
              </th>
            )}
            {show('scale') && (
              <th scope="col" className="attn-w-num">
                {withNotation(t.col.scaled)}
              </th>
            )}
            {show('mask') && (
              <th scope="col" className="attn-w-num">
                {t.col.masked}
              </th>
            )}
            {show('softmax') && (
              <th scope="col" className="attn-w-weight">
                {t.col.weight}
              </th>
            )}
            {show('sum') && (
              <th scope="col" className="attn-w-vec">
                {t.col.contribution}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {data.keys.slice(0, rows).map((_, j) => {
            const hidden = data.masked[j] && show('mask');
            return (
              <tr key={j} data-hidden={hidden || undefined} data-query={j === data.query || undefined}>
                <th scope="row">
                  <span className="attn-step-token" aria-hidden="true">
                    {visibleToken(tokens[j])}
                  </span>
                  <span className="sr-only">{tokenName(tokens[j], locale)}</span>
                  <span className="attn-step-pos">{j + 1}</span>
                </th>
                {show('keys') && (
                  <td className={fresh('keys')} style={delay(j)}>
                    <VectorStrip values={data.keys[j]} scale={scale} label="k" />
                  </td>
                )}
                {show('dot') && (
                  <td className={fresh('dot')} style={delay(j)}>
                    {fixed(data.dots[j], 2)}
                  </td>
                )}
                {show('scale') && (
                  <td className={fresh('scale')} style={delay(j)}>
                    {fixed(data.scaled[j], 2)}
                  </td>
                )}
                {show('mask') && (
                  <td className={fresh('mask')} style={delay(j)}>
                    {hidden ? t.maskedValue : fixed(data.logits[j], 2)}
                  </td>
                )}
                {show('softmax') && (
                  <td className={fresh('softmax')} style={delay(j)}>
                    <span className="attn-weight-bar" aria-hidden="true" style={{ width: `${Math.round(data.weights[j] * 48)}px` }} />
                    {fixed(data.weights[j], 3)}
                  </td>
                )}
                {show('sum') && (
                  <td className={fresh('sum')} style={delay(j)}>
                    <VectorStrip values={contributions[j]} scale={scale} label="α·v" />
                  </td>
                )}
              </tr>
            );
          })}
          {hiddenRest > 0 && (
            <tr data-hidden>
              <td colSpan={columns} className="attn-step-rest">
                {t.hiddenLater(hiddenRest)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
