'use client';
/**
 * "From tokens to vectors": the text's tokens under the tiny model's own
 * tokenizer, each token's embedding (one row of the model's table) as a strip
 * of signed cells, the chosen token's nearest neighbours by cosine similarity,
 * and the whole table projected to 2-D by a PCA computed in the page
 * (math.ts), where related tokens can be found by pointer or arrow keys.
 * The chosen token lives in the playground's link; an id the model does not
 * have is reported once the model is loaded, and the text's first token is shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ModelStatus } from '@/components/widget/ModelStatus';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import type { TinyModelHandle } from '@/components/widget/useTinyModel';
import { punctuation } from '@/lib/i18n/punctuation';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { norm } from '@/lib/math';
import { fixed } from '@/lib/widgets/format';
import type { Locale } from '@/lib/i18n/locales';
import type { TinyModel } from '@/lib/model/types';
import { SlideFold } from '@/components/widget/SlideFold';
import { EmbeddingScatter } from './EmbeddingScatter';
import { VectorStrip } from '@/components/widget/VectorStrip';
import { tinyTokens } from './math';
import { nearestRows, pca2, tensorRows } from './pca';
import { checkToken } from './state';
import type { TokenizerStrings } from './strings';
import { TokenChips, visible } from './TokenChips';

/** How many of the text's tokens get a chip and a row. */
const SHOWN = 24;

/** An embedding strip's width: the space there is, within 60…640 CSS pixels. */
const stripWidth = (space: number) => Math.max(60, Math.min(space, 640));

interface EmbeddingViewProps {
  tiny: TinyModelHandle;
  text: string;
  /** Id of the chosen token; null: the text's first token. */
  chosen: number | null;
  onChoose: (token: number | null) => void;
  locale: Locale;
  t: TokenizerStrings;
}

/** The embedding table's rows, their PCA and helpers, per model. */
function useTable(model: TinyModel | null) {
  return useMemo(() => {
    if (!model) return null;
    const ids = Array.from({ length: model.config.vocabSize }, (_, i) => i);
    const rows = tensorRows(model.weights.tokenEmbedding, ids);
    const pca = pca2(rows);
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    // a loop, not Math.max(...): the table has vocabSize × dModel values, too many to pass as arguments
    let maxAbs = 0;
    for (const row of rows) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
    return { ids, rows, pca, indexOf, maxAbs };
  }, [model]);
}

export function EmbeddingView({ tiny, text, chosen, onChoose, locale, t }: EmbeddingViewProps) {
  const model = tiny.model;
  const table = useTable(model);
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(box);
  const views = useMemo(() => (model ? tinyTokens(model, text) : []), [model, text]);
  const [rejected, setRejected] = useState<string[]>([]);
  const checked = useRef(false);
  useEffect(() => {
    if (!model || checked.current) return;
    checked.current = true;
    const { patch, rejected: bad } = checkToken(chosen, model.config.vocabSize);
    if (bad.length) {
      onChoose(patch.token ?? null);
      setRejected(bad);
    }
  }, [model, chosen, onChoose]);
  if (!model || !table) {
    return (
      <WidgetFrame locale={locale} title={t.vectorsTitle} id="token-vectors">
        <div ref={box} className="tok-vectors">
          <ModelStatus locale={locale} state={tiny} minHeight={240} />
        </div>
      </WidgetFrame>
    );
  }
  const selectedId = chosen !== null && table.indexOf.has(chosen) ? chosen : (views[0]?.id ?? table.ids[0]);
  const row = table.indexOf.get(selectedId)!;
  const vector = table.rows[row];
  const nearest = nearestRows(table.rows, row, 6).map((x) => ({ id: table.ids[x.index], similarity: x.similarity }));
  const textIds = new Set(views.map((v) => v.id));
  const glyph = (id: number) => visible(model.vocab[id] ?? '');
  const shown = views.slice(0, SHOWN);
  const explained = (table.pca.variances[0] + table.pca.variances[1]) / table.pca.totalVariance;

  return (
    <WidgetFrame
      locale={locale}
      title={t.vectorsTitle}
      id="token-vectors"
      svgRef={svgRef}
      notices={rejected.length ? [widgetStrings[locale].rejected(rejected)] : []}
      table={<VectorTable ids={[...new Set(shown.map((v) => v.id))]} table={table} glyph={glyph} locale={locale} t={t} />}
    >
      <div ref={box} className="tok-vectors">
        <TokenChips
          views={shown}
          label={t.chipsLabel(t.tokenizerName.tiny, views.length)}
          t={t}
          compact
          selected={shown.findIndex((v) => v.id === selectedId)}
          onSelect={(i) => onChoose(shown[i].id)}
        />
        {views.length > SHOWN && <p className="tok-small">{t.onlyFirst(SHOWN)}</p>}
        <div className="tok-vector-detail">
          <h4>{t.embeddingOf(glyph(selectedId), selectedId)}</h4>
          <p className="tok-small">
            {t.dims(vector.length)} · {t.normLabel(fixed(norm(vector), 2))} · <span className="tok-swatch tok-swatch-pos" aria-hidden="true" /> {t.positive}{' '}
            <span className="tok-swatch tok-swatch-neg" aria-hidden="true" /> {t.negative}
          </p>
          <VectorStrip values={vector} scale={table.maxAbs} width={stripWidth(width)} height={26} label={t.embeddingOf(glyph(selectedId), selectedId)} speak="name" />
          <h5>{t.nearest}</h5>
          <ol className="tok-nearest">
            {nearest.map((x) => (
              <li key={x.id}>
                <button type="button" className="widget-button" onClick={() => onChoose(x.id)}>
                  <span className="tok-nearest-glyph">{glyph(x.id)}</span> <span className="tok-small">{fixed(x.similarity, 2)}</span>
                  <span className="sr-only">{t.neighbourNote(x.id)}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
        {/* on a slide the text's vectors and the map of the vocabulary fold (SlideFold): the room reads one token's vector first */}
        <SlideFold label={t.textTokens}>
          <h4>{t.textTokens}</h4>
          <div className="tok-matrix" role="img" aria-label={t.textTokensLabel}>
            {shown.map((v, i) => (
              <div key={i} className={v.id === selectedId ? 'tok-matrix-row tok-matrix-selected' : 'tok-matrix-row'}>
                <span className="tok-matrix-glyph">{glyph(v.id)}</span>
                <VectorStrip values={table.rows[table.indexOf.get(v.id)!]} scale={table.maxAbs} width={stripWidth(Math.max(120, width - 40))} speak="none" />
              </div>
            ))}
          </div>
        </SlideFold>
        <SlideFold label={t.scatterTitle}>
          <h4>{t.scatterTitle}</h4>
          <p className="tok-small">{t.scatterDesc(`${Math.round(explained * 100)}%`)}</p>
          <EmbeddingScatter
            points={table.pca.points}
            ids={table.ids}
            glyph={glyph}
            selected={row}
            onSelect={(index) => onChoose(table.ids[index])}
            textIds={textIds}
            nearestIds={new Set(nearest.map((x) => x.id))}
            width={width}
            svgRef={svgRef}
            t={t}
          />
        </SlideFold>
      </div>
    </WidgetFrame>
  );
}

interface VectorTableProps {
  ids: number[];
  table: NonNullable<ReturnType<typeof useTable>>;
  glyph: (id: number) => string;
  locale: Locale;
  t: TokenizerStrings;
}

function VectorTable({ ids, table, glyph, locale, t }: VectorTableProps) {
  const p = punctuation[locale];
  return (
    <table>
      <caption className="sr-only">{t.vectorsTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.vectorTable.token}</th>
          <th scope="col">{t.vectorTable.id}</th>
          <th scope="col">{t.vectorTable.pc1}</th>
          <th scope="col">{t.vectorTable.pc2}</th>
          <th scope="col">{t.vectorTable.norm}</th>
          <th scope="col">{t.vectorTable.nearest}</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const i = table.indexOf.get(id)!;
          return (
            <tr key={id}>
              <th scope="row">{glyph(id)}</th>
              <td>{id}</td>
              <td>{fixed(table.pca.points[i][0], 3)}</td>
              <td>{fixed(table.pca.points[i][1], 3)}</td>
              <td>{fixed(norm(table.rows[i]), 3)}</td>
              <td>
                {nearestRows(table.rows, i, 3)
                  .map((x) => `${glyph(table.ids[x.index])}${p.aside(fixed(x.similarity, 2))}`)
                  .join(p.listSeparator)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
