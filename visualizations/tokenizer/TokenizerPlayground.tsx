'use client';
/**
 * `<TokenizerPlayground />` for the tokens-and-embeddings chapter. The reader
 * types or picks a text; it is split by the tiny model's character tokenizer
 * and by the real GPT-2, cl100k_base and o200k_base vocabularies (loaded only now,
 * with progress), shown as chips with ids, counted, and compared across English
 * and Chinese; a second frame follows the tokens into the tiny model's
 * embedding table. State in the URL: text, tokenizer, pair, and the token whose
 * embedding is shown.
 */
import { useMemo, useRef } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import type { TinyModel } from '@/lib/model/types';
import { EmbeddingView } from './EmbeddingView';
import { LanguageCompare } from './LanguageCompare';
import { visible } from './TokenChips';
import { TokenPanel } from './TokenPanel';
import { alignTokens, hex, tinyTokens, type TokenView } from './math';
import { samplePairs } from './samples';
import { MAX_TEXT, TOKENIZERS, tokenizerSchema, type TokenizerId } from './state';
import { tokenizerStrings } from './strings';
import { useVocabularies, type VocabularyState } from './useVocabularies';

/** Tokens of `text` under every tokenizer whose table (or model) is ready. */
function tokenizeAll(text: string, model: TinyModel | null, vocab: VocabularyState): Record<TokenizerId, TokenView[] | null> {
  const out = {} as Record<TokenizerId, TokenView[] | null>;
  for (const id of TOKENIZERS) {
    if (id === 'tiny') {
      out[id] = model ? tinyTokens(model, text) : null;
      continue;
    }
    const v = vocab.ready[id];
    if (!v) {
      out[id] = null;
      continue;
    }
    const ids = v.encode(text);
    out[id] = alignTokens(
      text,
      ids,
      ids.map((i) => v.bytesOf(i)),
    );
  }
  return out;
}

export default function TokenizerPlayground({ locale }: { locale: Locale }) {
  const t = tokenizerStrings[locale];
  const { state, update, rejected } = useUrlState(tokenizerSchema[locale]);
  const tiny = useTinyModel(locale);
  const vocab = useVocabularies(state.tokenizer === 'tiny' ? null : state.tokenizer);
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(box);
  const model = tiny.model;
  const tokens = useMemo(() => tokenizeAll(state.text, model, vocab), [state.text, model, vocab]);
  const pair = samplePairs.find((p) => p.id === state.pair) ?? samplePairs[0];
  const pairTokens = useMemo(() => ({ en: tokenizeAll(pair.en, model, vocab), zh: tokenizeAll(pair.zh, model, vocab) }), [pair, model, vocab]);
  const sizes: Record<TokenizerId, number | null> = {
    tiny: model?.config.vocabSize ?? null,
    r50k_base: vocab.ready.r50k_base?.size ?? null,
    cl100k_base: vocab.ready.cl100k_base?.size ?? null,
    o200k_base: vocab.ready.o200k_base?.size ?? null,
  };
  const notices = rejected.length ? [widgetStrings[locale].rejected(rejected)] : [];

  return (
    <div className="tok-playground">
      <WidgetFrame locale={locale} title={t.title} id="tokenizer-playground" svgRef={svgRef} notices={notices} table={<TokenTable views={tokens[state.tokenizer]} tokenizer={state.tokenizer} t={t} />}>
        <div ref={box} className="tok-root">
          <label htmlFor="tok-text" className="tok-label">
            {t.text}
          </label>
          <textarea id="tok-text" rows={3} value={state.text} maxLength={MAX_TEXT} spellCheck={false} autoComplete="off" onChange={(e) => update({ text: e.target.value })} />
          <div className="tok-buttons" role="group" aria-label={t.samples}>
            <span className="tok-group-label" aria-hidden="true">
              {t.samples}:
            </span>
            {samplePairs.map((p) => (
              <button key={p.id} type="button" className="widget-button" aria-pressed={state.text === p[locale]} title={p[locale]} onClick={() => update({ text: p[locale], pair: p.id })}>
                {p.label[locale]}
              </button>
            ))}
          </div>
          <TokenPanel text={state.text} tokenizer={state.tokenizer} onTokenizer={(tokenizer) => update({ tokenizer })} tokens={tokens} sizes={sizes} vocab={vocab} tiny={tiny} locale={locale} t={t} />
          {/* a slide shows the text, the tokenizer and the chips; the comparisons fold (SlideFold) */}
          <SlideFold label={t.compareTitle}>
            <LanguageCompare pair={pair.id} onPair={(id) => update({ pair: id })} tokenizer={state.tokenizer} tokens={pairTokens} width={width} svgRef={svgRef} locale={locale} t={t} />
          </SlideFold>
        </div>
      </WidgetFrame>
      <SlideFold label={t.vectorsTitle}>
        <EmbeddingView tiny={tiny} text={state.text} chosen={state.token} onChoose={(token) => update({ token })} locale={locale} t={t} />
      </SlideFold>
    </div>
  );
}

/** The table alternative: every token of the chosen tokenizer with its id. */
function TokenTable({ views, tokenizer, t }: { views: TokenView[] | null; tokenizer: TokenizerId; t: (typeof tokenizerStrings)['en'] }) {
  if (!views) return <p>{t.notLoaded}</p>;
  return (
    <table>
      <caption className="sr-only">{t.chipsLabel(t.tokenizerName[tokenizer], views.length)}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t.selectToken}</th>
          <th scope="col">{t.vectorTable.id}</th>
        </tr>
      </thead>
      <tbody>
        {views.map((v, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>{v.pieces.map((p) => (p.kind === 'text' ? visible(p.text) : `‹${hex(p.bytes)}›`)).join('')}</td>
            <td>{v.id}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
