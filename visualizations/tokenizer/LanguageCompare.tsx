/**
 * The same meaning in English and Chinese, side by side: the reader picks a
 * sentence pair; both sentences are shown as chips of the chosen tokenizer,
 * with their counts, and a grouped bar chart gives every tokenizer's count for
 * both languages (the chart is the frame's downloadable picture).
 */
import type { RefObject } from 'react';
import { useLabelScale } from '@/components/widget/useLabelPx';
import type { Locale } from '@/lib/i18n/locales';
import { compareGeometry, type CompareRow, type TokenView } from './math';
import { samplePairs } from './samples';
import type { TokenizerId } from './state';
import { TOKENIZERS } from './state';
import type { TokenizerStrings } from './strings';
import { TokenChips } from './TokenChips';

interface LanguageCompareProps {
  pair: string;
  onPair: (id: string) => void;
  tokenizer: TokenizerId;
  /** Tokens of each language's sentence under each tokenizer (null while its vocabulary loads). */
  tokens: Record<'en' | 'zh', Record<TokenizerId, TokenView[] | null>>;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  locale: Locale;
  t: TokenizerStrings;
}

/** The chart's smallest label (its legend): on a slide the chart is magnified until it reaches the label size. */
const SMALLEST_LABEL_PX = 11.5;

export function LanguageCompare({ pair, onPair, tokenizer, tokens, width: drawnWidth, svgRef, locale, t }: LanguageCompareProps) {
  const scale = useLabelScale(SMALLEST_LABEL_PX);
  const width = drawnWidth / scale;
  const current = samplePairs.find((p) => p.id === pair) ?? samplePairs[0];
  const rows: CompareRow[] = TOKENIZERS.map((id) => ({ label: t.chartName[id], en: tokens.en[id]?.length ?? null, zh: tokens.zh[id]?.length ?? null }));
  const labelWidth = width < 420 ? 96 : 110;
  const g = compareGeometry(rows, width, labelWidth);
  return (
    <section className="tok-compare" aria-labelledby="tok-compare-title">
      <h4 id="tok-compare-title">{t.compareTitle}</h4>
      <div className="tok-buttons" role="group" aria-label={t.pairs}>
        {samplePairs.map((p) => (
          <button key={p.id} type="button" className="widget-button" aria-pressed={p.id === current.id} onClick={() => onPair(p.id)}>
            {p.label[locale]}
          </button>
        ))}
      </div>
      <div className="tok-columns">
        {(['en', 'zh'] as const).map((lang) => {
          const views = tokens[lang][tokenizer];
          const name = lang === 'en' ? t.english : t.chinese;
          return (
            <div key={lang} className="tok-column" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
              <p className="tok-column-head">
                <strong>{name}</strong> · {views ? t.tokens(views.length) : t.notLoaded}
              </p>
              <p className="tok-column-text">{current[lang]}</p>
              {views && <TokenChips views={views} label={t.chipsLabel(`${name}, ${t.tokenizerName[tokenizer]}`, views.length)} t={t} compact />}
            </div>
          );
        })}
      </div>
      <h5 className="tok-chart-title">{t.chartTitle}</h5>
      <svg ref={svgRef} viewBox={`0 0 ${width} ${g.height + 22}`} width={drawnWidth} height={(g.height + 22) * scale} role="img" aria-labelledby="tok-chart-title tok-chart-desc">
        <title id="tok-chart-title">{t.chartTitle}</title>
        <desc id="tok-chart-desc">{t.chartDesc}</desc>
        <defs>
          <pattern id="tok-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="var(--accent-2)" fillOpacity={0.75} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--bg)" strokeWidth={2} />
          </pattern>
        </defs>
        {g.rows.map((row) => (
          <g key={row.label}>
            <text x={0} y={row.y + g.barHeight + 1} fontSize={12.5} fontWeight={row.label === t.chartName[tokenizer] ? 700 : 450}>
              {row.label}
            </text>
            {row.bars.map((bar) => (
              <g key={bar.lang}>
                <rect x={g.plotLeft} y={bar.y} width={bar.width} height={g.barHeight} fill={bar.lang === 'en' ? 'var(--accent)' : 'url(#tok-hatch)'} fillOpacity={bar.lang === 'en' ? 0.7 : 1} rx={2} />
                <text x={g.plotLeft + bar.width + 4} y={bar.y + g.barHeight - 4} fontSize={12}>
                  {bar.count === null ? '…' : `${bar.lang === 'en' ? 'EN' : '中'} ${bar.count}`}
                </text>
              </g>
            ))}
          </g>
        ))}
        <g transform={`translate(${g.plotLeft}, ${g.height + 4})`}>
          <rect width={14} height={12} fill="var(--accent)" fillOpacity={0.7} />
          <text x={18} y={10} fontSize={11.5}>
            EN {t.english}
          </text>
          <rect x={110} width={14} height={12} fill="url(#tok-hatch)" />
          <text x={128} y={10} fontSize={11.5}>
            中 {t.chinese}
          </text>
        </g>
      </svg>
    </section>
  );
}
