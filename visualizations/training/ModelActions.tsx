'use client';
/**
 * What the reader can do with the model they trained: hand it to the other
 * widgets on this page (the page-level reader model of useTinyModel), save it
 * to a file, or load one saved before.
 */
import { useRef, useState } from 'react';
import { setReaderModel } from '@/components/widget/useTinyModel';
import type { Locale } from '@/lib/i18n/locales';
import type { ModelConfig } from '@/lib/model';
import { createModel } from '@/lib/model';
import { parseSavedModel, serialiseModel } from '@/lib/train/modelFile';
import { trainingStrings } from './strings';

export interface TrainedWeights {
  params: Float32Array;
  config: ModelConfig;
  vocab: string[];
  /** The tokenizer's merges (lib/model/bpe.ts); empty for a character-level model. */
  merges: number[];
  byteFallback: boolean;
}

interface Props {
  locale: Locale;
  task: string;
  step: number;
  /** Asks the worker for the current weights; absent when nothing has been trained. */
  getWeights: (() => Promise<TrainedWeights>) | null;
}

export function ModelActions({ locale, task, step, getWeights }: Props) {
  const t = trainingStrings[locale];
  const [using, setUsing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const adopt = (w: TrainedWeights) => {
    setReaderModel(locale, createModel({ locale, config: w.config, vocab: w.vocab, merges: w.merges, byteFallback: w.byteFallback }, w.params));
    setUsing(true);
  };
  const useMine = async () => {
    if (!getWeights) return;
    adopt(await getWeights());
    setMessage(t.usingModel);
  };
  const stopUsing = () => {
    setReaderModel(locale, null);
    setUsing(false);
    setMessage(null);
  };
  const save = async () => {
    if (!getWeights) return;
    const w = await getWeights();
    const text = serialiseModel({ task, locale, step, config: w.config, vocab: w.vocab, merges: w.merges, byteFallback: w.byteFallback, params: w.params });
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `my-model-${task}-step${step}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      const saved = parseSavedModel(await file.text());
      adopt(saved);
      setMessage(`${t.loaded(saved.step)} ${t.usingModel}`);
    } catch (e) {
      setMessage(t.loadFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <div className="tr-row tr-actions">
      <button type="button" className="widget-button" onClick={useMine} disabled={!getWeights}>
        {t.useModel}
      </button>
      {using && (
        <button type="button" className="widget-button" onClick={stopUsing}>
          {t.stopUsing}
        </button>
      )}
      <button type="button" className="widget-button" onClick={save} disabled={!getWeights}>
        {t.save}
      </button>
      <button type="button" className="widget-button" onClick={() => fileInput.current?.click()}>
        {t.load}
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={(e) => load(e.target.files?.[0])} />
      <p className="tr-message" role="status">
        {message}
      </p>
    </div>
  );
}
