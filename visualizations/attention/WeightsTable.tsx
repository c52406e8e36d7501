'use client';
/**
 * The table alternative: the current head's weights, one row per query token
 * and one column per key token, with the tokens spoken by name (a space is
 * "space") and their positions, for screen readers and for readers who prefer
 * numbers. Cells a causal mask hides are empty.
 */
import { fixed } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { attentionStrings } from './strings';
import { tokenName } from '@/components/widget/attention/strings';

interface WeightsTableProps {
  locale: Locale;
  tokens: string[];
  weights: number[][];
  layer: number;
  head: number;
  causal: boolean;
}

export function WeightsTable({ locale, tokens, weights, layer, head, causal }: WeightsTableProps) {
  const t = attentionStrings[locale];
  const name = (i: number) => `${i + 1} ${tokenName(tokens[i], locale)}`;
  return (
    <div className="attn-scroll" role="region" aria-label={t.tableCaption(layer + 1, head + 1)} tabIndex={0}>
      <table className="attn-weights-table">
        <caption>{t.tableCaption(layer + 1, head + 1)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.queryKey}</th>
            {tokens.map((_, j) => (
              <th key={j} scope="col">
                {name(j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weights.map((row, i) => (
            <tr key={i}>
              <th scope="row">{name(i)}</th>
              {row.map((w, j) => (
                <td key={j}>{causal && j > i ? '' : fixed(w, 3)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
