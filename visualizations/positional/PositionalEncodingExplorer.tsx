'use client';
/**
 * <PositionalEncodingExplorer />: the positional-encoding chapter's instrument. Six
 * views (the `kind` URL parameter): why order needs encoding, adding a position vector,
 * the sinusoidal table, its distance structure, a trained table of learned positions
 * (usePositionTable), and rotary embeddings; each labelled with the well-known models
 * that use it.
 *
 * URL state (state.ts): the view, the table's sizes and position, and each view's own
 * choices. Invalid values fall back to defaults with a notice.
 *
 * Presenter API: dispatch `new CustomEvent('llmx:step', { detail: { direction: 1 | -1 },
 * cancelable: true })` on the widget's slot (`[data-widget="positional-encoding-explorer"]`)
 * or any element inside it. In the "add" view it moves the animation one step; in the
 * rotary view it moves the query position by one. `dispatchEvent` returns false when a
 * step was taken (the widget called preventDefault) and true when there was none to take
 * in that direction, or the view has no steps (see components/widget/useStepEvent.ts).
 *
 * Props: `locale` (from the MDX registry) and optionally `kind`, the view shown when the
 * URL does not say (default "sinusoidal").
 */
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth, useReducedMotion } from '@/components/widget/hooks';
import { useStepEvent } from '@/components/widget/useStepEvent';
import { useUrlState } from '@/components/widget/useUrlState';
import type { Locale } from '@/lib/i18n/locales';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { nextIndex } from '@/lib/widgets/keys';
import { AddPanel } from './AddPanel';
import { DistancePanel } from './DistancePanel';
import { MODELS_USING, VIEWS, VIEW_KIND, type View } from './kinds';
import { LearnedPanel } from './LearnedPanel';
import { LIMITS } from './math';
import { OrderPanel } from './OrderPanel';
import { RangeControl } from './RangeControl';
import { RopePanel } from './RopePanel';
import { SinusoidalPanel } from './SinusoidalPanel';
import { ADD_STEPS, MAX_POS, MAX_SHUFFLE, addWords, positionalSchema } from './state';
import { SAMPLE_SENTENCES } from './samples';
import { positionalStrings, type PositionalStrings } from './strings';
import { ViewTable } from './Tables';

function UsedBy({ t, view }: { t: PositionalStrings; view: View }) {
  const kind = VIEW_KIND[view];
  if (!kind) return null;
  const names = MODELS_USING[kind].map((m) => `${kind === 'sinusoidal' ? t.originalTransformer : m.name}${t.punct.aside(String(m.year))}`);
  if (kind === 'rotary') names.push(t.mostOpenModels);
  return <p className="pe-used">{t.usedBy(t.joinModels(names))}</p>;
}

interface Props {
  locale: Locale;
  /** View shown when the URL has no `kind`. */
  kind?: View;
}

export default function PositionalEncodingExplorer({ locale, kind: initialKind = 'sinusoidal' }: Props) {
  const t = positionalStrings[locale];
  const schema = useMemo(() => positionalSchema(locale, VIEWS.includes(initialKind) ? initialKind : 'sinusoidal'), [locale, initialKind]);
  const { state, update, rejected } = useUrlState(schema);
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pictureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(bodyRef);
  const reducedMotion = useReducedMotion();
  const view = state.kind;
  const sentences = SAMPLE_SENTENCES[locale];
  const words = useMemo(() => addWords(locale), [locale]);
  // the URL counts sentence, word and step from 1, as the reader sees them
  const sentence = state.sentence - 1;
  const word = state.word - 1;
  const step = state.step - 1;
  const setStep = (s: number) => update({ step: s + 1 });

  const usesTable = view === 'sinusoidal' || view === 'distance';
  const pos = usesTable ? Math.min(state.pos, state.positions - 1) : state.pos;
  const notices = [...(rejected.length > 0 ? [widgetStrings[locale].rejected(rejected)] : []), ...(pos !== state.pos ? [t.posClamped(state.pos, pos)] : [])];

  useStepEvent(rootRef, (direction) => {
    if (view === 'add') {
      const next = step + direction;
      if (next < 0 || next >= ADD_STEPS) return false;
      setStep(next);
      return true;
    }
    if (view === 'rotary') {
      const next = state.pos + direction;
      if (next < 0 || next > MAX_POS) return false;
      update({ pos: next });
      return true;
    }
    return false;
  });

  const tabId = (v: View) => `pe-tab-${v}`;
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') return; // a horizontal tab list
    const next = nextIndex(VIEWS.indexOf(view), event.key, VIEWS.length, { wrap: true });
    if (next === null) return;
    event.preventDefault();
    const v = VIEWS[next];
    update({ kind: v });
    document.getElementById(tabId(v))?.focus();
  };
  const setPositions = (n: number) => update({ positions: n, pos: Math.min(state.pos, n - 1) });
  const panelWidth = Math.max(260, width);
  const onPos = (p: number) => update({ pos: p });

  let panel;
  if (view === 'sinusoidal') panel = <SinusoidalPanel t={t} width={panelWidth} positions={state.positions} dims={state.dims} pos={pos} onPos={onPos} />;
  else if (view === 'distance') panel = <DistancePanel t={t} width={panelWidth} positions={state.positions} dims={state.dims} pos={pos} onPos={onPos} />;
  else if (view === 'learned') panel = <LearnedPanel t={t} locale={locale} width={panelWidth} pos={pos} onPos={onPos} />;
  else if (view === 'rotary')
    panel = <RopePanel t={t} width={panelWidth} pos={pos} maxPos={MAX_POS} onPos={onPos} keyPos={state.key} onKeyPos={(key) => update({ key })} reducedMotion={reducedMotion} />;
  else if (view === 'order')
    panel = (
      <OrderPanel
        t={t}
        width={panelWidth}
        sentences={sentences}
        sentence={sentence}
        onSentence={(i) => update({ sentence: i + 1, shuffle: 1 })}
        seed={state.shuffle}
        onShuffle={() => update({ shuffle: state.shuffle >= MAX_SHUFFLE ? 1 : state.shuffle + 1 })}
      />
    );
  else
    panel = (
      <AddPanel
        t={t}
        width={panelWidth}
        words={words}
        word={word}
        onWord={(w) => update({ word: w + 1 })}
        pos={pos}
        maxPos={MAX_POS}
        onPos={onPos}
        step={step}
        onStep={(s) => setStep(Math.max(0, Math.min(ADD_STEPS - 1, s)))}
        reducedMotion={reducedMotion}
      />
    );

  const table = () => (
    <ViewTable t={t} locale={locale} state={{ view, positions: state.positions, dims: state.dims, pos, sentence: sentences[sentence], seed: state.shuffle, word: words[word], ropeKey: state.key }} />
  );

  return (
    <div ref={rootRef} data-positional-explorer="">
      <WidgetFrame locale={locale} title={t.title} id="positional-encoding-explorer" svgRef={pictureRef} table={table} notices={notices}>
        <div ref={bodyRef}>
          <div className="pe-tabs" role="tablist" aria-label={t.viewsLabel}>
            {VIEWS.map((v) => (
              <button
                key={v}
                id={tabId(v)}
                type="button"
                role="tab"
                className="widget-button pe-tab"
                aria-selected={v === view}
                aria-controls="pe-panel"
                tabIndex={v === view ? 0 : -1}
                onClick={() => update({ kind: v })}
                onKeyDown={onTabKey}
              >
                {t.views[v]}
              </button>
            ))}
          </div>
          <div id="pe-panel" role="tabpanel" aria-labelledby={tabId(view)}>
            <UsedBy t={t} view={view} />
            {usesTable && (
              <div className="pe-controls">
                <RangeControl label={t.positions} value={state.positions} min={LIMITS.positions.min} max={LIMITS.positions.max} onChange={setPositions} />
                <RangeControl label={t.dims} value={state.dims} min={LIMITS.dims.min} max={LIMITS.dims.max} step={2} onChange={(d) => update({ dims: d })} />
                <RangeControl label={t.pos} value={pos} min={0} max={state.positions - 1} onChange={onPos} />
              </div>
            )}
            <div ref={pictureRef}>{panel}</div>
          </div>
        </div>
      </WidgetFrame>
    </div>
  );
}
