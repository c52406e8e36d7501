'use client';
/**
 * `useTrainingLog(locale)`: fetches and checks the training log of that
 * language's tiny model (public/models/<locale>/training-log.json, written by
 * `npm run train:model`). Returns the log, or an error message for the reader
 * with a retry. The log is a few kilobytes; the model's weights are not needed.
 */
import { useCallback, useEffect, useState } from 'react';
import { modelBase } from '@/components/widget/useTinyModel';
import type { Locale } from '@/lib/i18n/locales';
import { parseTrainingLog, type TrainingLog } from './math';

export const trainingLogUrl = (locale: Locale) => `${modelBase(locale)}/training-log.json`;

export interface TrainingLogState {
  log: TrainingLog | null;
  failed: boolean;
  retry: () => void;
}

export function useTrainingLog(locale: Locale): TrainingLogState {
  const [log, setLog] = useState<TrainingLog | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const url = trainingLogUrl(locale);
    setFailed(false);
    fetch(url, { signal: controller.signal })
      .then((res) => {
        if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
        return res.json();
      })
      .then((json: unknown) => setLog(parseTrainingLog(json)))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        setFailed(true);
      });
    return () => controller.abort();
  }, [locale, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { log, failed, retry };
}
