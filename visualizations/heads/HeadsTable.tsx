'use client';
/** The gallery's numbers as a table: every head's four pattern scores and the label they give. */
import type { Locale } from '@/lib/i18n/locales';
import { HEAD_PATTERNS } from '@/lib/model/headPatterns';
import { fixed } from '@/lib/widgets/format';
import { attentionViewStrings } from '@/components/widget/attention/strings';
import type { HeadCard } from './math';
import { headsStrings } from './strings';

export function HeadsTable({ locale, cards }: { locale: Locale; cards: HeadCard[] }) {
  const t = headsStrings[locale];
  const names = attentionViewStrings[locale].patterns;
  return (
    <table>
      <caption>{t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.col.head}</th>
          {HEAD_PATTERNS.map((p) => (
            <th key={p} scope="col">
              {names[p]}
            </th>
          ))}
          <th scope="col">{t.col.label}</th>
        </tr>
      </thead>
      <tbody>
        {cards.map((c) => (
          <tr key={`${c.layer}-${c.head}`}>
            <th scope="row">{t.headName(c.layer + 1, c.head + 1)}</th>
            {HEAD_PATTERNS.map((p) => (
              <td key={p}>{fixed(c.scores[p], 2)}</td>
            ))}
            <td>{names[c.label]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
