'use client';
/**
 * <FamiliesExplorer />: the model-families chapter's instrument. One sentence under the
 * three families side by side (stacked on a phone): encoder-only (bidirectional),
 * decoder-only (causal) and encoder-decoder (bidirectional encoder, causal decoder,
 * cross-attention from the translation's tokens to the sentence's). Each mask is drawn
 * as a matrix; pointing at or focusing a token shows what it sees in all three.
 *
 * URL state: sentence, target (the translation on the decoder side), token ("3" is the
 * sentence's token 3, "t3" the translation's; counted from 0). Invalid values fall back
 * to defaults with a notice. Props: `locale` (from the MDX registry).
 */
import { useMemo, useRef, useState } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { useUrlState } from '@/components/widget/useUrlState';
import { models } from '@/lib/data/models';
import type { Locale } from '@/lib/i18n/locales';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { textParam, type Schema } from '@/lib/widgets/urlState';
import { FamiliesTable } from './FamiliesTable';
import { FamilyColumn } from './FamilyColumn';
import { MaskMatrix } from './MaskMatrix';
import {
  clampSelection,
  countAllowed,
  familyMasks,
  formatSelection,
  joinTokens,
  maskedTokenExample,
  MAX_TOKENS,
  nextTokenExample,
  parseSelection,
  spanCorruptionExample,
  tokenize,
  visibleKeys,
  type Selection,
} from './math';
import { SentenceControls } from './SentenceControls';
import { SAMPLE_PAIRS } from './samples';
import { familiesStrings } from './strings';
import { TokenStrip } from './TokenStrip';

export interface FamiliesState {
  sentence: string;
  target: string;
  token: Selection;
}

const MAX_TEXT = 400;

/** The URL schema; the default sentence is the first sample pair of the page's language. */
export function familiesSchema(locale: Locale): Schema<FamiliesState> {
  const pair = SAMPLE_PAIRS[locale][0];
  return {
    sentence: textParam(pair.source, MAX_TEXT),
    target: textParam(pair.target, MAX_TEXT),
    token: { default: { side: 'source', index: 2 }, parse: parseSelection, format: formatSelection },
  };
}

const year = (id: string) => models.find((m) => m.id === id)?.year;
const EXAMPLES = { encoder: `BERT (${year('bert-large')})`, decoder: `GPT-3 (${year('gpt-3')})`, encoderDecoder: `T5 (${year('t5-11b')})` };

export default function FamiliesExplorer({ locale }: { locale: Locale }) {
  const t = familiesStrings[locale];
  const schema = useMemo(() => familiesSchema(locale), [locale]);
  const { state, update, rejected } = useUrlState(schema);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pictureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(bodyRef);
  const [preview, setPreview] = useState<Selection | null>(null);

  const allSource = useMemo(() => tokenize(state.sentence), [state.sentence]);
  const allTarget = useMemo(() => tokenize(state.target), [state.target]);
  const source = useMemo(() => allSource.slice(0, MAX_TOKENS), [allSource]);
  const target = useMemo(() => allTarget.slice(0, MAX_TOKENS), [allTarget]);
  const masks = useMemo(() => familyMasks(source.length, target.length), [source.length, target.length]);
  const selected = clampSelection(state.token, source.length, target.length);
  const active = preview ? clampSelection(preview, source.length, target.length) : selected;

  const notices = [
    ...(rejected.length > 0 ? [widgetStrings[locale].rejected(rejected)] : []),
    ...(allSource.length > MAX_TOKENS || allTarget.length > MAX_TOKENS ? [t.truncated(MAX_TOKENS)] : []),
    ...(source.length > 0 && (selected.index !== state.token.index || selected.side !== state.token.side) ? [t.tokenClamped] : []),
  ];

  const wide = width >= 600;
  const columnWidth = wide ? Math.floor((width - 32) / 3) - 22 : Math.min(width - 22, 560);
  // on a slide the maps are drawn a little smaller than their column (their labels keep their size), so the three columns fit the stage
  const onSlide = useOnSlide();
  const matrixWidth = onSlide ? Math.round(columnWidth * 0.74) : columnWidth;
  const src = active.side === 'source' ? active.index : null;
  const tgt = active.side === 'target' ? active.index : null;
  const exampleIndex = src ?? (selected.side === 'source' ? selected.index : 0);
  const set = (keys: number[] | null) => (keys === null ? null : new Set(keys));
  const sees = (keys: number[], total: number) => t.sees(keys.length, total);

  /** A strip of tokens; `mask` (this family's self-attention on that side) names what each token sees. */
  const strip = (tokens: string[], side: Selection['side'], familyName: string, visible: Set<number> | null, mask: boolean[][]) => (
    <TokenStrip
      tokens={tokens}
      label={t.stripLabel(familyName)}
      visible={visible}
      active={active.side === side ? active.index : null}
      selected={selected.side === side ? selected.index : null}
      onPreview={(i) => setPreview(i === null ? null : { side, index: i })}
      onSelect={(i) => update({ token: { side, index: i } })}
      describe={(i) => t.tokenButton(tokens[i], i, visibleKeys(mask, i).length, tokens.length)}
    />
  );
  const matrix = (mask: boolean[][], rows: string[], cols: string[], title: string, activeRow: number | null, activeCol: number | null = null) => (
    <MaskMatrix
      mask={mask}
      rowTokens={rows}
      colTokens={cols}
      width={matrixWidth}
      title={title}
      label={t.maskLabel(title, rows.length, cols.length, countAllowed(mask))}
      activeRow={activeRow}
      activeCol={activeCol}
      queriesLabel={t.queries}
      keysLabel={t.keys}
    />
  );

  const f = t.families;
  const encSelfVisible = src !== null ? visibleKeys(masks.encoderSelf, src) : null;
  const crossVisible = tgt !== null ? visibleKeys(masks.cross, tgt) : null;
  const decSelfVisible = tgt !== null ? visibleKeys(masks.decoderSelf, tgt) : null;
  const masked = maskedTokenExample(source, exampleIndex);
  const next = nextTokenExample(source, exampleIndex);
  const span = spanCorruptionExample(source, exampleIndex);
  const activeToken = src !== null ? source[src] : tgt !== null ? target[tgt] : '';

  return (
    <WidgetFrame locale={locale} title={t.title} id="families-explorer" svgRef={pictureRef} notices={notices} table={() => <FamiliesTable t={t} source={source} target={target} masks={masks} />}>
      <div ref={bodyRef}>
        <SentenceControls t={t} locale={locale} sentence={state.sentence} target={state.target} maxLength={MAX_TEXT} onChange={(patch) => update(patch)} />
        <p className="fam-hint">{t.hint}</p>
        <p className="sr-only" aria-live="polite">
          {source.length > 0 && selected.side === 'source'
            ? t.selectedSees(source[selected.index], selected.index, visibleKeys(masks.encoderOnly, selected.index).length, visibleKeys(masks.decoderOnly, selected.index).length, source.length)
            : ''}
        </p>
        {source.length === 0 ? (
          <p className="fam-summary">{t.emptySentence}</p>
        ) : (
          <div ref={pictureRef} className="fam-grid" style={{ gridTemplateColumns: wide ? 'repeat(3, minmax(0, 1fr))' : 'minmax(0, 1fr)' }}>
            {(
              [
                ['encoder', masks.encoderOnly, t.masked(joinTokens(masked.input), masked.target)],
                ['decoder', masks.decoderOnly, t.next(joinTokens(next.context), next.target)],
              ] as const
            ).map(([id, mask, objective]) => {
              const visible = src !== null ? visibleKeys(mask, src) : null;
              return (
                <FamilyColumn
                  key={id}
                  t={t}
                  text={f[id]}
                  example={EXAMPLES[id]}
                  objective={objective}
                  note={src === null ? t.pickSource : undefined}
                  summary={visible && t.tokenSummary(activeToken, sees(visible, source.length))}
                >
                  {strip(source, 'source', f[id].name, set(visible), mask)}
                  {matrix(mask, source, source, t.selfAttention, src)}
                </FamilyColumn>
              );
            })}
            <FamilyColumn
              t={t}
              text={f.encoderDecoder}
              example={EXAMPLES.encoderDecoder}
              objective={t.span(joinTokens(span.input), joinTokens(span.target))}
              summary={
                src !== null && encSelfVisible
                  ? t.tokenSummary(activeToken, sees(encSelfVisible, source.length))
                  : decSelfVisible && crossVisible
                    ? t.decoderSummary(activeToken, sees(decSelfVisible, target.length), sees(crossVisible, source.length))
                    : null
              }
            >
              <p className="fam-side">{t.encoderSide}</p>
              {strip(source, 'source', `${f.encoderDecoder.name}, ${t.encoderSide}`, set(src !== null ? encSelfVisible : crossVisible), masks.encoderSelf)}
              <p className="fam-side">{t.decoderSide}</p>
              {target.length > 0 ? strip(target, 'target', `${f.encoderDecoder.name}, ${t.decoderSide}`, set(decSelfVisible), masks.decoderSelf) : <p className="fam-summary">{t.targetHint}</p>}
              {/* on a slide this column's three maps fold (SlideFold), so the three columns fit: its strips show who sees whom;
                  opened, the maps take the other columns' place side by side (families.css) */}
              <SlideFold label={t.mapsFold}>
                <div className="fam-maps">
                  {matrix(masks.encoderSelf, source, source, t.encoderSelf, src)}
                  {target.length > 0 && matrix(masks.decoderSelf, target, target, t.decoderSelf, tgt)}
                  {target.length > 0 && matrix(masks.cross, target, source, t.cross, tgt, src)}
                </div>
              </SlideFold>
            </FamilyColumn>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
