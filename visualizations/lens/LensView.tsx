'use client';
/**
 * The logit lens once the model is loaded: encodes the sentence (its first
 * MAX_POSITIONS tokens), runs forward(), reads every residual stream through the
 * output head (lib/model/lens), and shows the grid, the selected cell's top five
 * with the token that really follows, and the model's own prediction to compare.
 */
import { useDeferredValue, useId, useMemo, useRef } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { ModelViewProps } from '@/components/widget/useModelWidget';
import { measuredForward } from '@/components/widget/useTinyModel';
import { logitLens, topTokens } from '@/lib/model/lens';
import { encode } from '@/lib/model/tokenizer';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { percent } from '@/lib/widgets/format';
import { tokenText } from '@/lib/widgets/tokenText';
import { LensGrid } from './LensGrid';
import { LensTable } from './LensTable';
import { MAX_POSITIONS, MAX_TEXT, sentences, type LensState } from './state';
import { lensStrings } from './strings';

const TOP = 5;

export function LensView({ locale, model, state, update, rejected }: ModelViewProps<LensState>) {
  const t = lensStrings[locale];
  const id = useId();
  const picture = useRef<HTMLDivElement>(null);
  const sentence = useDeferredValue(state.lens);
  const encoded = useMemo(() => encode(model, sentence), [model, sentence]);
  const ids = encoded.ids.slice(0, MAX_POSITIONS);
  const tokens = encoded.tokens.slice(0, MAX_POSITIONS);
  const key = ids.join(',');
  const { grid, output } = useMemo(() => {
    if (ids.length === 0) return { grid: [], output: [] };
    const trace = measuredForward(model, ids);
    return { grid: logitLens(model, trace, TOP), output: trace.logits.map((logits) => topTokens(model, logits, TOP)) };
  }, [model, key]); // eslint-disable-line react-hooks/exhaustive-deps -- the ids are keyed by their text

  const row = Math.min(state.lrow, Math.max(0, grid.length - 1));
  const pos = Math.min(state.lpos, Math.max(0, tokens.length - 1));
  const cell = grid[row]?.[pos];
  const following = pos + 1 < ids.length ? ids[pos + 1] : null;
  const rank = cell && following !== null ? cell.findIndex((c) => c.id === following) : -1;
  const notices = [...(rejected.length ? [widgetStrings[locale].rejected(rejected)] : []), ...(encoded.ids.length > MAX_POSITIONS ? [t.cut(MAX_POSITIONS)] : [])];

  return (
    <WidgetFrame
      locale={locale}
      title={t.title}
      id="logit-lens"
      svgRef={picture}
      notices={notices}
      table={grid.length ? () => <LensTable t={t} tokens={tokens} grid={grid} output={output} /> : undefined}
    >
      <div className="lens">
        <div className="lens-input">
          <label htmlFor={`${id}-s`} className="lens-field-label">
            {t.sentence}
          </label>
          <input id={`${id}-s`} type="text" value={state.lens} spellCheck={false} autoComplete="off" onChange={(e) => update({ lens: Array.from(e.target.value).slice(0, MAX_TEXT).join('') })} />
          <div className="lens-samples" role="group" aria-label={t.tryLabel}>
            {sentences[locale].map((s) => (
              <button key={s} type="button" className="widget-button" aria-pressed={state.lens === s} onClick={() => update({ lens: s, lpos: 0 })}>
                {s}
              </button>
            ))}
          </div>
        </div>
        {grid.length === 0 ? (
          <p className="lens-hint">{t.emptyHint}</p>
        ) : (
          <>
            <p id={`${id}-keys`} className="lens-hint lens-keys">
              {t.keysHint}
            </p>
            <div ref={picture} className="lens-picture">
              <LensGrid t={t} tokens={tokens} grid={grid} output={output} row={row} pos={pos} onSelect={(r, p) => update({ lrow: r, lpos: p })} describedBy={`${id}-keys`} />
            </div>
            {cell && (
              <div className="lens-detail">
                <p className="lens-live" aria-live="polite">
                  {t.cellSummary(t.stream(row), pos + 1, tokenText(tokens[pos]), tokenText(cell[0].token), percent(cell[0].p))}
                </p>
                {/* on a slide the line above says the cell's best guess; its top list folds (SlideFold) */}
                <SlideFold label={widgetStrings[locale].foldDetails}>
                  <p className="lens-field-label">{t.detailTitle(t.stream(row), tokenText(tokens[pos]))}</p>
                  <ol className="lens-top">
                    {cell.map((c) => (
                      <li key={c.id} className={c.id === following ? 'lens-actual' : undefined}>
                        {`${tokenText(c.token)} ${percent(c.p)}`}
                      </li>
                    ))}
                  </ol>
                  <p className="lens-hint">{following === null ? t.lastPosition : t.actualNext(tokenText(model.vocab[following]), rank >= 0 ? `#${rank + 1}` : t.notInTop)}</p>
                </SlideFold>
              </div>
            )}
          </>
        )}
      </div>
    </WidgetFrame>
  );
}
