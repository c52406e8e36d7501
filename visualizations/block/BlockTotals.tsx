/**
 * The total parameter count for the chosen sizes, written as its sum
 * (embeddings + L × one block + output head), beside the published figure when
 * the sizes are a preset's, with the note that explains any gap; and the table
 * alternative listing every part's count.
 */
import { SlideFold } from '@/components/widget/SlideFold';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { compactCount } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import { PARTS, partParameters, relativeDifference, type BlockPreset, type BlockSizes, type CountOptions, type ParameterBreakdown } from './math';
import type { BlockStrings } from './strings';

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-US');

interface BlockTotalsProps {
  breakdown: ParameterBreakdown;
  sizes: BlockSizes;
  preset: BlockPreset | undefined;
  locale: Locale;
  t: BlockStrings;
}

export function BlockTotals({ breakdown: b, sizes, preset, locale, t }: BlockTotalsProps) {
  const n = (v: number) => v.toLocaleString(tag(locale));
  const diff = preset?.published ? relativeDifference(b.total, preset.published) : undefined;
  const note = preset?.id === 'gpt-2-small' ? t.gpt2Note : preset?.id === 'bert-base' ? t.bertNote : preset?.id === 'tiny' ? t.tinyNote : null;
  return (
    <div className="block-total" aria-live="polite">
      <p className="block-total-line">
        <span className="block-total-label">{t.total}: </span>
        <strong data-total={b.total}>{n(b.total)}</strong> <span className="block-total-words">(≈ {compactCount(b.total, locale)})</span>
      </p>
      <SlideFold label={widgetStrings[locale].foldDetails}>
        <p className="block-total-sum">
          {t.totalFormula} = {n(b.embedding)} + {n(sizes.layers)} × {n(b.perBlock)} + {n(b.head)}
        </p>
        {preset?.published !== undefined && diff !== undefined && (
          <p className="block-total-published">
            {preset.name}
            {t.punct.colon}
            {t.published(compactCount(preset.published, locale), `${diff >= 0 ? '+' : '−'}${Math.abs(diff * 100).toFixed(2)}%`)}{' '}
            {preset.source && (
              <a href={preset.source} rel="noopener noreferrer">
                {new URL(preset.source).hostname}
              </a>
            )}
          </p>
        )}
        {note && <p className="block-total-note">{note}</p>}
      </SlideFold>
    </div>
  );
}

interface PartsTableProps {
  sizes: BlockSizes;
  options: CountOptions;
  breakdown: ParameterBreakdown;
  locale: Locale;
  t: BlockStrings;
}

export function PartsTable({ sizes, options, breakdown, locale, t }: PartsTableProps) {
  const n = (v: number) => v.toLocaleString(tag(locale));
  return (
    <table>
      <caption className="sr-only">{t.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t.table.part}</th>
          <th scope="col">{t.table.formula}</th>
          <th scope="col">{t.table.once}</th>
          <th scope="col">{t.table.times}</th>
          <th scope="col">{t.table.total}</th>
        </tr>
      </thead>
      <tbody>
        {PARTS.map((part) => {
          const once = partParameters(part, sizes, options);
          const times = part === 'embed' || part === 'head' ? 1 : sizes.layers;
          return (
            <tr key={part}>
              <th scope="row">{t.parts[part].name}</th>
              <td>{t.parts[part].count}</td>
              <td>{n(once)}</td>
              <td>{n(times)}</td>
              <td>{n(once * times)}</td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{t.table.total}</th>
          <td>{t.totalFormula}</td>
          <td></td>
          <td></td>
          <td>{n(breakdown.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
