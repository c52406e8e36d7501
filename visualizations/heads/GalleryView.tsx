'use client';
/**
 * The head gallery once the model is loaded: runs the model on the reader's
 * sentence (in the model worker, so typing stays smooth), labels every head from its
 * weights, and lays out one row of tiles per layer, then the opened head
 * larger (a frame after the tiles, when the sentence is new). The download takes the
 * tiles and the opened head together.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth, useReducedMotion } from '@/components/widget/hooks';
import { useModelAttention } from '@/components/widget/useModelTask';
import { useAfterPaint } from '@/components/widget/useAfterPaint';
import { inputNotices, type ModelViewProps } from '@/components/widget/useModelWidget';
import { SentenceInput, type SampleChoice } from '@/components/widget/attention/SentenceInput';
import { attentionViewStrings } from '@/components/widget/attention/strings';
import { HeadDetail } from './HeadDetail';
import { HeadsTable } from './HeadsTable';
import { HeadTile } from './HeadTile';
import { chanceScores, galleryColumns, headCards, slideLayout, tileSize } from './math';
import { gallerySamples } from './samples';
import { MAX_TEXT, queryRow, type GalleryState } from './state';
import { headsStrings } from './strings';

const GAP = 10;
/** Space between two layers' blocks of tiles on a slide (heads.css uses the same). */
const LAYER_GAP = 48;
/** The smallest tile on a slide (math.ts, slideLayout): a four-layer model's heads then fit four to a row, two layers side by side. */
const SLIDE_MIN_TILE = 90;

export function GalleryView({ locale, model, state, update, rejected }: ModelViewProps<GalleryState>) {
  const t = headsStrings[locale];
  const a = attentionViewStrings[locale];
  const root = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const width = useElementWidth(root, 640);
  const reduced = useReducedMotion();
  const { nLayers, nHeads, contextLength } = model.config;

  const { text: sentence, encoded, trace, ask } = useModelAttention(model, state.sentence);
  const cards = useMemo(() => (encoded.ids.length ? headCards(trace) : []), [encoded, trace]);
  const chance = useMemo(() => chanceScores(encoded.ids.map((id) => model.vocab[id] ?? '')), [model, encoded]);
  const layer = Math.min(state.layer, nLayers) - 1;
  const head = Math.min(state.head, nHeads) - 1;
  // the opened head's detail (a labelled map as large as all twelve tiles together) follows a
  // new sentence one frame behind the tiles; another head opens at once
  const forDetail = useAfterPaint(useMemo(() => ({ cards, chance, tokens: encoded.tokens, sentence }), [cards, chance, encoded, sentence]));
  const opened = forDetail.cards.find((c) => c.layer === layer && c.head === head);
  // on a 16:9 slide the layers sit side by side (three in a row, or two and two), so the
  // whole gallery fits beside nothing and above the folded detail (SlideFold)
  const onSlide = useOnSlide();
  const [detailOpen, setDetailOpen] = useState(false);
  const pageCols = galleryColumns(width, nHeads, 120, GAP);
  const { layerWidth, cols, size } = onSlide ? slideLayout(width, nLayers, nHeads, SLIDE_MIN_TILE, GAP, LAYER_GAP) : { layerWidth: width, cols: pageCols, size: tileSize(width, pageCols, GAP) };

  // stable callbacks: the memoised tiles then re-render only when their own map or state changes
  const open = useCallback(
    (l: number, h: number) => {
      // another head opens on its last token, as a fresh map does
      update({ layer: l + 1, head: h + 1, query: 0 });
      setDetailOpen(true);
      detail.current?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    },
    [update, reduced],
  );
  const setQuery = useCallback((row: number) => update({ query: row + 1 }), [update]);
  // the pass starts at once: in place if it is cheap, drawn with the keystroke; else in the worker, while React renders the keystroke
  const setSentence = useCallback(
    (text: string) => {
      const next = Array.from(text).slice(0, MAX_TEXT).join('');
      ask(next);
      update({ sentence: next });
    },
    [ask, update],
  );
  const openSample = useCallback(
    (sample: SampleChoice) => {
      ask(sample.text);
      update({ sentence: sample.text });
    },
    [ask, update],
  );

  const notices = inputNotices(locale, model, { rejected, text: sentence, truncated: encoded.truncated ? a.truncated(contextLength) : null });

  return (
    <WidgetFrame locale={locale} title={t.title} id="head-gallery" svgRef={picture} notices={notices} table={cards.length ? () => <HeadsTable locale={locale} cards={cards} /> : undefined}>
      <div ref={root} className="hg">
        <SentenceInput locale={locale} value={state.sentence} samples={gallerySamples[locale]} onChange={setSentence} onSample={openSample} />
        {cards.length === 0 ? (
          <p className="hg-empty">{t.emptyHint}</p>
        ) : (
          <div ref={picture} className="hg-picture" data-tokens={encoded.ids.length} data-sentence={sentence}>
            <div className="hg-gallery" aria-label={t.galleryLabel(cards.length)} role="group">
              {Array.from({ length: nLayers }, (_, l) => (
                <div key={l} className="hg-layer" role="group" aria-label={t.layerRow(l + 1)} style={onSlide ? { width: layerWidth } : undefined}>
                  <p className="hg-layer-name" aria-hidden="true">
                    {t.layerRow(l + 1)}
                  </p>
                  <div className="hg-tiles" style={{ gridTemplateColumns: `repeat(${cols}, ${size}px)`, gap: GAP }}>
                    {cards
                      .filter((c) => c.layer === l)
                      .map((c) => (
                        <HeadTile key={c.head} locale={locale} card={c} size={size} selected={c.layer === layer && c.head === head} onOpen={open} />
                      ))}
                  </div>
                </div>
              ))}
            </div>
            <SlideFold label={widgetStrings[locale].foldDetails} open={detailOpen} onOpenChange={setDetailOpen}>
              <div ref={detail}>
                {opened && (
                  <HeadDetail
                    key={`${layer}-${head}`}
                    locale={locale}
                    card={opened}
                    chance={forDetail.chance}
                    tokens={forDetail.tokens}
                    sentence={forDetail.sentence}
                    width={width}
                    query={queryRow(state.query, forDetail.tokens.length)}
                    onQuery={setQuery}
                  />
                )}
              </div>
            </SlideFold>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
