'use client';
/**
 * The playground once the model is loaded. It continues the prompt token by
 * token with the chosen settings in the model worker (forward passes are
 * cached by context there, so moving a slider only recomputes the steps after
 * the first token that changes; the page keeps drawing while it works), and
 * shows the distribution behind the chosen position: the token to come, or any
 * token already generated with the random number that picked it. The chart
 * reshapes the shown logits with the current temperature and top-k at once.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { SlideFold } from '@/components/widget/SlideFold';
import { useModelContinuation } from '@/components/widget/useModelTask';
import { inputNotices, type ModelViewProps } from '@/components/widget/useModelWidget';
import { useStepEvent } from '@/components/widget/useStepEvent';
import { visibleToken } from '@/lib/widgets/tokenText';
import { GeneratedTokens } from './GeneratedTokens';
import { cumulativeSegments, distributions, percent, rankOf, topTokens } from './math';
import { ProbabilityBars } from './ProbabilityBars';
import { ProbabilityTable } from './ProbabilityTable';
import { PromptInput } from './PromptInput';
import { RunButtons } from './RunButtons';
import { SamplingControls } from './SamplingControls';
import { SamplingRuler } from './SamplingRuler';
import { MAX_GENERATED, MAX_PROMPT, prompts, shownIndex, type PlaygroundState } from './state';
import { playgroundStrings } from './strings';
import { useGenerationRun } from './useGenerationRun';

/** Rows in the chart. */
const ROWS = 10;

/** The last few characters before a position, for captions. */
function tail(text: string, max = 24): string {
  const chars = Array.from(text);
  return chars.length > max ? `…${chars.slice(-max).join('')}` : text;
}

export function PlaygroundView({ locale, model, state, update, rejected }: ModelViewProps<PlaygroundState>) {
  const t = playgroundStrings[locale];
  const root = useRef<HTMLDivElement>(null);
  const picture = useRef<HTMLDivElement>(null);
  // the drawings measure their own column: the whole widget in a chapter, the right-hand column on a slide
  const main = useRef<HTMLDivElement>(null);
  const width = useElementWidth(main, 640);
  const { vocabSize, contextLength } = model.config;

  const { temperature, topk: topK, mode, seed, generated } = state;

  const settings = useMemo(() => ({ temperature, topK: topK >= vocabSize ? 0 : topK, mode, seed }), [temperature, topK, mode, seed, vocabSize]);
  // The chart reshapes at once; the continuation follows from the worker.
  const continued = useModelContinuation(model, state.prompt, settings, generated);
  const { encoded, steps, pending } = continued;
  const prompt = continued.text;
  const hasPrompt = encoded.ids.length > 0;

  // The position shown: a chosen token, else the latest generated one, else the token to come.
  const index = shownIndex(state.at, steps.length);
  const step = index < steps.length ? steps[index] : null;
  const logits = hasPrompt ? (step ? step.logits : continued.next) : null;
  const dist = useMemo(() => (logits ? distributions(logits, settings) : null), [logits, settings]);
  const chosen = step ? step.id : null;
  const rows = useMemo(() => (logits && dist ? topTokens(logits, dist.model, dist.shaped, ROWS, chosen ?? undefined) : []), [logits, dist, chosen]);
  const segments = useMemo(() => (dist ? cumulativeSegments(dist.shaped) : []), [dist]);

  const run = useGenerationRun(state.generated, (n) => update({ generated: n }));
  // a new prompt or another length of continuation shows its latest token again (the link's choice is kept on load)
  const shownFor = useRef({ generated: state.generated, prompt: state.prompt });
  useEffect(() => {
    const before = shownFor.current;
    if (before.generated === state.generated && before.prompt === state.prompt) return;
    shownFor.current = { generated: state.generated, prompt: state.prompt };
    update({ at: 0 });
  }, [state.generated, state.prompt, update]);
  // the count asked for last: a press that comes before the last one has rendered starts from it
  const requested = useRef(state.generated);
  useLayoutEffect(() => {
    requested.current = state.generated;
  }, [state.generated]);
  useStepEvent(root, (direction) => {
    const next = requested.current + direction;
    if (next < 0 || next > MAX_GENERATED || (direction === 1 && !hasPrompt)) return false;
    requested.current = next;
    update({ generated: next });
    return true;
  });

  const genTokens = steps.map((s) => model.vocab[s.id] ?? '');
  const before = prompt + genTokens.slice(0, index).join('');
  const quoted = (id: number) => `“${visibleToken(model.vocab[id] ?? '')}”`;
  const where = step ? t.stepAt(index + 1, visibleToken(genTokens[index])) : t.nextAfter(tail(before));
  let picked = '';
  if (step && logits && dist) {
    if (settings.mode === 'greedy') picked = t.pickedGreedy(quoted(step.id), percent(dist.model[step.id]));
    else if (settings.temperature === 0) picked = t.pickedTemperatureZero(quoted(step.id));
    else picked = t.pickedSample(quoted(step.id), rankOf(logits, step.id), percent(dist.shaped[step.id]), (step.u ?? 0).toFixed(3));
  }

  const cut = Array.from(state.prompt).length + state.generated > contextLength;
  const notices = inputNotices(locale, model, { rejected, text: prompt, truncated: cut ? t.truncated(contextLength) : null });
  const chartLabel = t.chartLabel(where, rows.length);

  return (
    <WidgetFrame
      locale={locale}
      title={t.title}
      id="next-token-playground"
      svgRef={picture}
      notices={notices}
      table={rows.length ? () => <ProbabilityTable locale={locale} rows={rows} vocab={model.vocab} chosen={chosen} where={where} /> : undefined}
    >
      <div ref={root} className="ntp">
        <div className="ntp-side">
          <PromptInput
            locale={locale}
            value={state.prompt}
            samples={prompts[locale]}
            onChange={(text) => {
              run.stop();
              update({ prompt: Array.from(text).slice(0, MAX_PROMPT).join(''), generated: 0 });
            }}
          />
          <RunButtons
            locale={locale}
            generated={state.generated}
            disabled={!hasPrompt}
            running={run.running}
            onAdd={() => update({ generated: Math.min(MAX_GENERATED, state.generated + 1) })}
            onRun={run.start}
            onStop={run.stop}
            onUndo={() => update({ generated: Math.max(0, state.generated - 1) })}
            onClear={() => {
              run.stop();
              update({ generated: 0 });
            }}
          />
          {hasPrompt && <GeneratedTokens locale={locale} prompt={prompt} tokens={genTokens} selected={index} pending={pending} onSelect={(i) => update({ at: i + 1 })} />}
          <SamplingControls
            locale={locale}
            temperature={state.temperature}
            topK={state.topk >= vocabSize ? 0 : state.topk}
            mode={state.mode}
            seed={state.seed}
            vocabSize={vocabSize}
            onChange={update}
          />
        </div>
        <div ref={main} className="ntp-main">
          {!hasPrompt ? (
            <p className="ntp-empty">{t.emptyHint}</p>
          ) : (
            <>
              <p className="ntp-where">
                <span className="ntp-hint">{t.chartFor}: </span>
                {where}
              </p>
              <div ref={picture} className="ntp-picture" data-temperature={settings.temperature} data-generated={steps.length} data-pending={pending} data-prompt-length={encoded.ids.length}>
                <ProbabilityBars locale={locale} rows={rows} vocab={model.vocab} chosen={chosen} width={width} label={chartLabel} />
                {settings.mode === 'sample' && (
                  <div className="ntp-ruler">
                    <p className="ntp-ruler-title">{t.ruler}</p>
                    <SamplingRuler
                      locale={locale}
                      segments={segments}
                      vocab={model.vocab}
                      u={step?.u ?? null}
                      chosen={chosen}
                      width={width}
                      label={t.rulerLabel(step?.u != null ? step.u.toFixed(3) : null, chosen !== null ? quoted(chosen) : null)}
                    />
                  </div>
                )}
              </div>
              <SlideFold label={t.whyTitle}>
                <p className="ntp-picked">{picked || (settings.mode === 'sample' ? t.rulerNoDraw : '')}</p>
                <div className="ntp-why">
                  <p className="ntp-why-title">{t.whyTitle}</p>
                  <p>{t.why[settings.mode]}</p>
                </div>
              </SlideFold>
            </>
          )}
        </div>
      </div>
    </WidgetFrame>
  );
}
