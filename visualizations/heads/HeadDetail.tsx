'use client';
/**
 * The opened head, larger: its attention map with token labels (the attention
 * explorer's heatmap, so both widgets draw a head the same way), what its
 * label means, the scores behind the label, and a link that opens the same
 * head on the same sentence in the attention explorer.
 */
import { memo, useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { punctuation } from '@/lib/i18n/punctuation';
import type { HeadScores } from '@/lib/model/headPatterns';
import { fixed } from '@/lib/widgets/format';
import { HeatmapView } from '@/components/widget/attention/HeatmapView';
import { attentionViewStrings } from '@/components/widget/attention/strings';
import { explorerHref, LABEL_THRESHOLD, type HeadCard } from './math';
import { ScoreBars } from './ScoreBars';
import { headsStrings } from './strings';

interface HeadDetailProps {
  locale: Locale;
  card: HeadCard;
  /** Chance level of each pattern on this sentence (chanceScores). */
  chance: HeadScores;
  tokens: string[];
  sentence: string;
  width: number;
  /** The outlined query row, from 0 (the gallery keeps it in the link). */
  query: number;
  onQuery: (row: number) => void;
}

function HeadDetailInner({ locale, card, chance, tokens, sentence, width, query, onQuery }: HeadDetailProps) {
  const t = headsStrings[locale];
  const a = attentionViewStrings[locale];
  const p = punctuation[locale];
  const row = Math.min(query, tokens.length - 1);
  const pattern = a.patterns[card.label];
  const layer = card.layer + 1;
  const head = card.head + 1;
  const title = t.detailTitle(layer, head, pattern);
  const id = useId();
  // Side by side when there is room, stacked on a phone.
  const side = width >= 760;
  const mapWidth = side ? Math.floor(width * 0.56) : Math.min(width, 560);
  const scoreWidth = side ? width - mapWidth - 32 : Math.min(width, 480);
  return (
    <section className="hg-detail" aria-labelledby={id}>
      <h4 id={id} className="hg-detail-title">
        {title}
      </h4>
      <p className="hg-meaning">
        {t.meaning[card.label]}
        {card.label === 'mixed'
          ? p.aside(`${t.bestOf(a.patterns[card.best.pattern], fixed(card.best.score, 2))}${p.clauseSeparator}${t.chanceTimes(fixed(card.best.score / Math.max(1e-9, chance[card.best.pattern]), 1))}`)
          : ''}
      </p>
      <div className="hg-detail-body">
        <div className="hg-detail-map">
          <HeatmapView locale={locale} tokens={tokens} weights={card.map} active={row} causal width={mapWidth} maxCell={30} label={title} onSelect={onQuery} />
          <p className="hg-hint">{t.queryHint}</p>
        </div>
        <div className="hg-detail-scores">
          <p className="hg-scores-title">{t.scoresTitle}</p>
          <ScoreBars locale={locale} scores={card.scores} label={card.label} threshold={LABEL_THRESHOLD} chance={chance} width={scoreWidth} title={t.scoresLabel(layer, head)} />
          <a className="hg-link" href={explorerHref(locale, sentence, layer, head)}>
            {t.openInExplorer} →
          </a>
        </div>
      </div>
    </section>
  );
}

/** Memoised: typing a sentence re-renders the gallery, and the opened head only once its answer is in. */
export const HeadDetail = memo(HeadDetailInner);
