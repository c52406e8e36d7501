'use client';
/**
 * `<TrainItYourself />` for the training-and-customization chapter: the reader
 * trains a small transformer in this page, in a Web Worker running the site's
 * own trainer (lib/train), and watches the loss, the attention of every head
 * and, on the copy task, each head's induction score. State in the URL:
 * `task`, `size`, `seed`, `steps`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { useUrlState } from '@/components/widget/useUrlState';
import { useOnSlide } from '@/components/widget/widgetInstance';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { encode } from '@/lib/model';
import type { TinyModel } from '@/lib/model';
import { flattenWeights } from '@/lib/train/flatten';
import { DEFAULT_LAYERS, SIZE_SHAPES } from '@/lib/train/recipes';
import { fixed } from '@/lib/widgets/format';
import { AttentionMaps } from './AttentionMaps';
import { Controls } from './Controls';
import { FineTunePanel } from './FineTunePanel';
import { InductionChart } from './InductionChart';
import { LossChart } from './LossChart';
import { ModelActions } from './ModelActions';
import { Samples } from './Samples';
import { TEXT_CONTEXT, type TrainSetup } from './setup';
import { defaultSpeed, trainingSchema } from './state';
import { trainingStrings } from './strings';
import { chapterText, TextSource, type TextChoice } from './TextSource';
import { TrainingTable } from './TrainingTable';
import { useTrainer } from './useTrainer';

/** The text as the model's token ids, encoded a context-sized piece at a time (encode() keeps at most one context). */
function encodeLong(model: TinyModel, text: string): Int32Array {
  const chars = Array.from(text);
  const ids: number[] = [];
  for (let i = 0; i < chars.length; i += model.config.contextLength) ids.push(...encode(model, chars.slice(i, i + model.config.contextLength).join('')).ids);
  return Int32Array.from(ids);
}

/** Shortest text the text tasks accept: the held-out tenth must hold one window. */
const MIN_CHARS = (TEXT_CONTEXT + 1) * 10;

export default function TrainItYourself({ locale }: { locale: Locale }) {
  const t = trainingStrings[locale];
  const w = widgetStrings[locale];
  const root = useRef<HTMLDivElement>(null);
  const width = useElementWidth(root, 640);
  const { state, update, rejected } = useUrlState(trainingSchema);
  const trainer = useTrainer();
  const run = trainer.state;
  const [layers, setLayers] = useState(DEFAULT_LAYERS);
  const [speed, setSpeedState] = useState(5);
  const [textChoice, setTextChoice] = useState<TextChoice>('chapter');
  const [pasted, setPasted] = useState('');
  const [rank, setRank] = useState(4);
  const [baseModel, setBaseModel] = useState<TinyModel | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stepsTarget, setStepsTarget] = useState(state.steps);

  useEffect(() => setSpeedState(defaultSpeed(window.innerWidth)), []);

  const setSpeed = (n: number) => {
    setSpeedState(n);
    trainer.setSpeed(n);
  };

  const textFor = () => (textChoice === 'chapter' ? chapterText() : pasted);

  const buildSetup = (): TrainSetup | null => {
    const common = { seed: state.seed, stepsTarget: state.steps };
    if (state.task === 'copy') return { task: 'copy', size: state.size, layers, ...common };
    const text = textFor();
    if (Array.from(text).length < MIN_CHARS) {
      setProblem(t.tooShort(MIN_CHARS));
      return null;
    }
    if (state.task === 'text') return { task: 'text', size: state.size, layers, text, locale, ...common };
    if (!baseModel) return null;
    const meta = { locale, config: baseModel.config, vocab: baseModel.vocab, merges: [...baseModel.bpe.merges], byteFallback: baseModel.bpe.byteBase >= 0, unigramCounts: baseModel.unigramCounts };
    return { task: 'finetune', meta, weights: flattenWeights(baseModel), ids: encodeLong(baseModel, text), loraRank: rank, ...common };
  };

  const train = () => {
    setProblem(null);
    const setup = buildSetup();
    if (!setup) return;
    setStepsTarget(state.steps);
    trainer.start(setup, speed);
  };
  const resume = () => {
    setStepsTarget(state.steps);
    trainer.resume(state.steps);
  };
  const onModel = useCallback((m: TinyModel | null) => setBaseModel(m), []);

  const trained = run.status !== 'idle' && run.step > 0;
  // the shape of the model that is (or would be) trained: the run's, or before it the chosen size and layers (the site's model for fine-tuning)
  const shape = run.config ?? (state.task === 'finetune' ? (baseModel?.config ?? null) : { nLayers: layers, nHeads: SIZE_SHAPES[state.size].nHeads });
  const onSlide = useOnSlide();
  const panelShape = run.status !== 'idle' || !onSlide ? shape : null;
  const lastEval = run.history.evals[run.history.evals.length - 1];
  const chartWidth = Math.max(260, width);
  return (
    <WidgetFrame
      locale={locale}
      title={t.title}
      id="train-it-yourself"
      notices={rejected.length ? [w.rejected(rejected)] : []}
      table={run.history.evals.length ? () => <TrainingTable locale={locale} history={run.history} /> : undefined}
    >
      <div ref={root} className="tr">
        <Controls
          locale={locale}
          state={state}
          layers={layers}
          speed={speed}
          status={run.status}
          canStart={state.task !== 'finetune' || baseModel !== null}
          onChange={(patch) => {
            setProblem(null);
            update(patch);
          }}
          onLayers={setLayers}
          onSpeed={setSpeed}
          onTrain={train}
          onPause={trainer.pause}
          onResume={resume}
          onReset={trainer.reset}
        />
        {state.task !== 'copy' && <TextSource locale={locale} choice={textChoice} text={pasted} disabled={run.status !== 'idle'} problem={problem} onChoice={setTextChoice} onText={setPasted} />}
        {state.task === 'finetune' && <FineTunePanel locale={locale} rank={rank} disabled={run.status !== 'idle'} onRank={setRank} onModel={onModel} />}
        <p className="tr-status" data-status={run.status}>
          {run.status === 'idle'
            ? t.idle
            : [
                t.step(run.step),
                run.lastLoss !== null ? t.loss(fixed(run.lastLoss, 2)) : null,
                lastEval ? (lastEval.copy !== undefined ? t.copyLoss(fixed(lastEval.copy, 2)) : t.heldOut(fixed(lastEval.heldOut, 2))) : null,
                run.stepsPerSecond > 0 ? t.rate(Math.round(run.tokensPerSecond).toLocaleString(), run.stepsPerSecond.toFixed(1)) : null,
                run.config ? t.parameters(run.trainable.toLocaleString()) : null,
              ]
                .filter((part): part is string => part !== null)
                // a text separator, so the line reads (and copies) as "step 30 · loss 3.14 · …"
                .map((part, i) => <span key={i}>{i > 0 ? ` · ${part}` : part}</span>)}
        </p>
        <p className="tr-note" role="status">
          {run.status === 'running' ? t.cost : run.status === 'paused' ? t.paused : run.status === 'done' ? t.done : run.status === 'error' ? t.workerFailed(run.error ?? '') : ''}
        </p>
        {/* in a chapter the charts and maps are drawn (empty) before training too, so pressing Train does not move the page
            below; a slide has nothing below, and before training its room goes to the controls */}
        {(run.status !== 'idle' || (shape && !onSlide)) && <LossChart locale={locale} history={run.history} stepsTarget={stepsTarget} width={chartWidth} />}
        {state.task === 'copy' && panelShape && (
          <InductionChart locale={locale} history={run.history} nLayers={panelShape.nLayers} nHeads={panelShape.nHeads} stepsTarget={stepsTarget} width={chartWidth} />
        )}
        {panelShape && <AttentionMaps locale={locale} evaluation={run.latest} layers={panelShape.nLayers} heads={panelShape.nHeads} width={chartWidth} />}
        {run.status !== 'idle' && state.task !== 'copy' && (
          <Samples locale={locale} samples={run.samples} labels={state.task === 'finetune' ? (s) => (s === 0 ? t.before : `${t.after} · ${t.sampleAt(s)}`) : undefined} />
        )}
        <ModelActions locale={locale} task={state.task} step={run.step} getWeights={trained ? trainer.weights : null} />
      </div>
    </WidgetFrame>
  );
}
