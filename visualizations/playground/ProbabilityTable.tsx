'use client';
/** The chart's numbers as a table: rank, token, logit, the model's probability and the reshaped one. */
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import { visibleToken } from '@/lib/widgets/tokenText';
import { tokenName } from '@/components/widget/attention/strings';
import { percent, type RankedToken } from './math';
import { playgroundStrings } from './strings';

interface ProbabilityTableProps {
  locale: Locale;
  rows: RankedToken[];
  vocab: string[];
  chosen: number | null;
  where: string;
}

export function ProbabilityTable({ locale, rows, vocab, chosen, where }: ProbabilityTableProps) {
  const t = playgroundStrings[locale];
  return (
    <table>
      <caption>{t.tableCaption(where)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.col.rank}</th>
          <th scope="col">{t.col.token}</th>
          <th scope="col">{t.col.logit}</th>
          <th scope="col">{t.col.model}</th>
          <th scope="col">{t.col.shaped}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const token = vocab[row.id] ?? '';
          const name = tokenName(token, locale);
          return (
            <tr key={row.id}>
              <td>{row.rank}</td>
              <th scope="row">
                {visibleToken(token)}
                {name !== token ? ` (${name})` : ''}
                {row.id === chosen ? ` · ${t.drawn}` : ''}
              </th>
              <td>{fixed(row.logit, 2)}</td>
              <td>{percent(row.modelProb)}</td>
              <td>{row.prob === 0 && row.modelProb > 0 ? t.cut : percent(row.prob)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
