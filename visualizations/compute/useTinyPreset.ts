'use client';
/**
 * The tiny model as a calculator preset: N from its configuration
 * (parameterCount in lib/model), D from its training record (steps × batch ×
 * context). Only model.json is read, for its `config` and `training` fields:
 * the calculator needs no weights, and the loaded TinyModel of useTinyModel
 * does not carry the training record. Returns undefined while loading and
 * null if the file is unavailable (the preset is then simply not offered).
 */
import { useEffect, useState } from 'react';
import { modelBase } from '@/components/widget/useTinyModel';
import { parameterCount } from '@/lib/model/layout';
import type { ModelFileJson } from '@/lib/model/types';
import type { Locale } from '@/lib/i18n/locales';
import { tinyTrainingTokens, type ModelPreset } from './math';

/** The preset from a parsed model.json, or null when a field it needs is missing. */
export function tinyPresetFrom(json: Partial<ModelFileJson>, name: string): ModelPreset | null {
  const steps = Number(json.training?.steps);
  const batch = Number(json.training?.batchSize);
  const config = json.config;
  if (!config || !Number.isFinite(steps) || !Number.isFinite(batch) || steps <= 0 || batch <= 0) return null;
  return { id: 'tiny', name, short: name, n: parameterCount(config), d: tinyTrainingTokens(steps, batch, config.contextLength) };
}

export function useTinyPreset(locale: Locale, name: string): ModelPreset | null | undefined {
  const [preset, setPreset] = useState<ModelPreset | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`${modelBase(locale)}/model.json`, { signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<Partial<ModelFileJson>>) : null))
      .then((json) => setPreset(json ? tinyPresetFrom(json, name) : null))
      .catch(() => controller.signal.aborted || setPreset(null));
    return () => controller.abort();
  }, [locale, name]);
  return preset;
}
