'use client';
/**
 * The generation widget once the model is loaded. It encodes the prompt (keeping
 * room in the context for the new tokens), draws the continuation with the seed
 * (useDraws), runs the model on the input of the step shown to get the newest
 * token's attention and the distribution it drew from, and animates that step
 * when the reader takes it (useStepAnimation). Stepping back, or opening a link,
 * shows a step at once. Autoplay takes the next step when an animation ends.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth, useReducedMotion } from '@/components/widget/hooks';
import { measuredForward } from '@/components/widget/useTinyModel';
import { useStepEvent } from '@/components/widget/useStepEvent';
import { nextTokenDistribution } from '@/lib/model/sampling';
import { charactersWithoutToken, encode } from '@/lib/model/tokenizer';
import type { ForwardTrace, TinyModel } from '@/lib/model/types';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { percent } from '@/lib/widgets/format';
import { tokenText } from '@/lib/widgets/tokenText';
import { CachePicture } from './CachePicture';
import { CostPanel } from './CostPanel';
import { GenerationControls } from './GenerationControls';
import { GenerationTables } from './GenerationTables';
import { cachedTokens, promptBudget, stepInput } from './math';
import { PathPicture, type Bar } from './PathPicture';
import { MAX_PROMPT, maxStepsFor, prompts, type GenerationState } from './state';
import { generationStrings } from './strings';
import { useDraws } from './useDraws';
import { useStepAnimation } from './useStepAnimation';

interface GenerationViewProps {
  locale: Locale;
  model: TinyModel;
  state: GenerationState;
  update: (patch: Partial<GenerationState>) => void;
  rejected: string[];
  compact: boolean;
}

const BARS = 6;
/** Pause between autoplayed steps, in ms (longer with reduced motion, where a step does not animate). */
const AUTOPLAY_PAUSE = { motion: 250, reduced: 900 };

/** Forward passes by input, the last few kept: drawing a step and showing it read the same one. */
function createTraceCache(model: TinyModel, max = 4) {
  const cache = new Map<string, ForwardTrace>();
  return (ids: number[]): ForwardTrace => {
    const key = ids.join(',');
    let trace = cache.get(key);
    if (!trace) {
      trace = measuredForward(model, ids);
      cache.set(key, trace);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
    }
    return trace;
  };
}

/** Space between the controls and the pictures on a slide, in px (generation.css). */
const SLIDE_COLUMN_GAP = 20;
export function GenerationView({ locale, model, state, update, rejected, compact }: GenerationViewProps) {
  const t = generationStrings[locale];
  const root = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLDivElement>(null);
  // on a slide the pictures stand in the right half, beside the controls (generation.css)
  const onSlide = useOnSlide();
  const rootWidth = useElementWidth(root, 640);
  const width = onSlide ? Math.floor((rootWidth - SLIDE_COLUMN_GAP) / 2) : rootWidth;
  const reduced = useReducedMotion();
  const { vocabSize, contextLength, nLayers } = model.config;
  const maxSteps = maxStepsFor(contextLength);
  const steps = Math.min(state.gsteps, maxSteps);
  const topK = state.gtopk >= vocabSize ? 0 : state.gtopk;

  const traceFor = useMemo(() => createTraceCache(model), [model]);
  const encoded = useMemo(() => encode(model, state.gprompt, { keep: 'end' }), [model, state.gprompt]);
  const budget = promptBudget(contextLength, maxSteps);
  const promptIds = useMemo(() => encoded.ids.slice(-budget), [encoded, budget]);
  const promptTokens = encoded.tokens.slice(-budget);
  const settings = useMemo(() => ({ temperature: state.gtemp, topK, seed: state.gseed }), [state.gtemp, topK, state.gseed]);
  const job = useMemo(() => (promptIds.length ? { promptIds, settings, logitsFor: (ids: number[]) => traceFor(ids).logits[ids.length - 1] } : null), [promptIds, settings, traceFor]);
  const draws = useDraws(job, steps);
  const shown = Math.min(steps, draws.length);
  const drawnIds = draws.map((d) => d.id);

  const phases = nLayers + 3;
  const [playing, setPlaying] = useState(false);
  const canStep = promptIds.length > 0 && steps < maxSteps;
  const next = () => {
    if (!canStep) return false;
    update({ gsteps: steps + 1 });
    animation.play();
    return true;
  };
  const animation = useStepAnimation(phases, () => {
    if (playing) window.setTimeout(() => setAutoTick((n) => n + 1), reduced ? AUTOPLAY_PAUSE.reduced : AUTOPLAY_PAUSE.motion);
  });
  const [autoTick, setAutoTick] = useState(0);
  useEffect(() => {
    if (autoTick === 0 || !playing) return;
    if (!next()) setPlaying(false);
  }, [autoTick]); // eslint-disable-line react-hooks/exhaustive-deps -- the tick is the only trigger
  const back = () => {
    if (steps === 0) return false;
    setPlaying(false);
    animation.finish();
    update({ gsteps: steps - 1 });
    return true;
  };
  useStepEvent(root, (direction) => (direction === 1 ? next() : back()));

  const input = shown > 0 ? stepInput(promptIds, drawnIds, shown) : [];
  const trace = shown > 0 ? traceFor(input) : null;
  const last = input.length - 1;
  // memoised: the animation re-renders this view every frame, and the picture's rows compare by identity
  const attention = useMemo(() => (trace ? trace.layers.map((layer) => layer.attention.map((map) => map[last])) : []), [trace, last]);
  const drawn = shown > 0 ? draws[shown - 1] : null;
  const probs = useMemo(() => (trace ? nextTokenDistribution(trace.logits[last], settings) : []), [trace, last, settings]);
  const bars: Bar[] = useMemo(() => {
    if (!drawn) return [];
    const order = probs.map((_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
    const ids = order.slice(0, BARS);
    if (!ids.includes(drawn.id)) ids[BARS - 1] = drawn.id;
    return ids.map((id) => ({ id, token: model.vocab[id], p: probs[id], drawn: id === drawn.id }));
  }, [probs, drawn, model]);

  const textTokens = useMemo(() => [...encoded.tokens.slice(-budget), ...draws.slice(0, shown).map((d) => model.vocab[d.id])], [encoded, budget, draws, shown, model]);
  const pathTokens = useMemo(() => (drawn ? [...textTokens.slice(0, last + 1), model.vocab[drawn.id]] : textTokens), [drawn, textTokens, last, model]);
  const cached = cachedTokens(promptIds.length, shown);
  const progress = shown === steps ? animation.progress : phases;
  const readToken = shown > 0 ? textTokens[last] : '';
  const phaseText =
    shown === 0
      ? t.idle
      : progress < 1
        ? t.phases.embed
        : progress < nLayers + 1
          ? t.phases.layer(Math.floor(progress))
          : progress < nLayers + 2
            ? t.phases.bars
            : t.stepSummary(tokenText(readToken), tokenText(model.vocab[drawn!.id]), percent(probs[drawn!.id]));

  const notices = [
    ...(rejected.length ? [widgetStrings[locale].rejected(rejected)] : []),
    ...(encoded.ids.length > budget ? [t.promptCut(budget)] : []),
    ...(charactersWithoutToken(model, state.gprompt).length ? [t.unknown] : []),
  ];

  const cacheBeside = compact || !onSlide;
  const cache = (
    <>
      <p className="gen-cost-title">{t.cacheTitle}</p>
      <CachePicture t={t} layers={nLayers} rows={cached} capacity={promptIds.length - 1 + maxSteps} stepTaken={shown > 0} noCache={state.gnocache} progress={progress} width={width} />
    </>
  );
  return (
    <WidgetFrame
      locale={locale}
      title={compact ? t.compactTitle : t.title}
      id={compact ? 'generation-compact' : 'generation-stepper'}
      svgRef={picture}
      notices={notices}
      table={() => (
        <GenerationTables
          t={t}
          config={model.config}
          promptLength={promptIds.length}
          rows={draws.slice(0, shown).map((d, i) => {
            const read = stepInput(promptIds, drawnIds, i + 1);
            const p = nextTokenDistribution(traceFor(read).logits[read.length - 1], settings)[d.id];
            return { read: model.vocab[read[read.length - 1]], drawn: model.vocab[d.id], p, u: d.u };
          })}
          keys={textTokens.slice(0, last + 1)}
          attention={attention}
        />
      )}
    >
      <div ref={root} className="gen" data-steps={shown} data-pending={shown < steps}>
        <GenerationControls
          t={t}
          state={state}
          samples={prompts[locale]}
          vocabSize={vocabSize}
          maxSteps={maxSteps}
          playing={playing}
          canStep={canStep}
          compact={compact}
          onPrompt={(text) => {
            setPlaying(false);
            animation.finish();
            update({ gprompt: Array.from(text).slice(0, MAX_PROMPT).join(''), gsteps: 0 });
          }}
          onNext={() => {
            setPlaying(false);
            next();
          }}
          onPlay={() => {
            if (playing) return setPlaying(false);
            setPlaying(true);
            next();
          }}
          onBack={back}
          onRestart={() => {
            setPlaying(false);
            animation.finish();
            update({ gsteps: 0 });
          }}
          onChange={update}
        />
        {promptIds.length === 0 ? (
          <p className="gen-hint">{t.emptyHint}</p>
        ) : (
          <>
            <p className="gen-text" data-generated-text>
              <span className="gen-field-label">{t.text}: </span>
              <span>{promptTokens.join('')}</span>
              <mark>
                {drawnIds
                  .slice(0, shown)
                  .map((id) => model.vocab[id])
                  .join('')}
              </mark>
            </p>
            <p className="gen-phase" aria-live="polite">
              {phaseText}
            </p>
            <div ref={picture} className="gen-picture">
              <PathPicture
                t={t}
                tokens={pathTokens}
                processed={shown > 0 ? last : -1}
                attention={compact ? [] : attention}
                embedding={trace && !compact ? trace.layers[0].residualIn[last] : []}
                bars={compact ? [] : bars}
                progress={progress}
                width={width}
                tokensOnly={compact}
                label={shown > 0 ? t.pathLabel(tokenText(readToken)) : t.idle}
              />
              {cacheBeside && cache}
            </div>
            {/* on a slide the memory and time sums fold (SlideFold): the picture above is what the room watches;
                beside the whole path (not the compact one) the cache folds with them, or the slide could not hold both */}
            <SlideFold label={widgetStrings[locale].foldDetails}>
              {!cacheBeside && cache}
              <CostPanel locale={locale} t={t} config={model.config} cached={cached} promptLength={promptIds.length} steps={shown} noCache={state.gnocache} />
            </SlideFold>
          </>
        )}
      </div>
    </WidgetFrame>
  );
}
