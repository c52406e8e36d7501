'use client';
/**
 * "Customise the site's model": loads the page's model (through lib/model,
 * shared with the other widgets) and lets the reader choose full fine-tuning
 * or LoRA at a rank, with what each choice trains and costs, computed from
 * the model's own shapes: trainable parameters, AdamW state and gradients.
 */
import { useEffect } from 'react';
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import type { Locale } from '@/lib/i18n/locales';
import { punctuation } from '@/lib/i18n/punctuation';
import { parameterCount } from '@/lib/model';
import type { TinyModel } from '@/lib/model';
import { gradientBytes, loraParameterCount, optimizerStateBytes } from '@/lib/train/lora';
import { LORA_CHOICES } from './state';
import { trainingStrings } from './strings';

/** Trainable parameters for a choice (0 = every weight). */
export function trainableFor(model: TinyModel, rank: number): number {
  return rank === 0 ? parameterCount(model.config) : loraParameterCount(model.config, rank);
}

export function kilobytes(bytes: number, locale: Locale): string {
  return `${(bytes / 1024).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 })} kB`;
}

interface Props {
  locale: Locale;
  rank: number;
  disabled: boolean;
  onRank: (rank: number) => void;
  onModel: (model: TinyModel | null) => void;
}

export function FineTunePanel({ locale, rank, disabled, onRank, onModel }: Props) {
  const t = trainingStrings[locale];
  const tiny = useTinyModel(locale);
  const model = tiny.model;
  useEffect(() => onModel(model), [model, onModel]);
  if (!model) return <ModelStatus locale={locale} state={tiny} />;
  const total = parameterCount(model.config);
  const number = (n: number) => n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <fieldset className="tr-lora" disabled={disabled}>
      <legend>{t.loraRank}</legend>
      <table className="tr-lora-table">
        <thead>
          <tr>
            <th scope="col">{t.loraRank}</th>
            <th scope="col">{t.trainable}</th>
            <th scope="col">{t.optimiserMemory}</th>
            <th scope="col">{t.gradientMemory}</th>
          </tr>
        </thead>
        <tbody>
          {LORA_CHOICES.map((r) => {
            const n = trainableFor(model, r);
            return (
              <tr key={r} className={r === rank ? 'is-chosen' : undefined}>
                <th scope="row">
                  <label>
                    <input type="radio" name="tr-rank" checked={r === rank} onChange={() => onRank(r)} /> {r === 0 ? t.fullFineTune : t.rankValue(r)}
                  </label>
                </th>
                <td>
                  {number(n)} <span className="tr-muted">{punctuation[locale].aside(t.ofModel(((100 * n) / total).toFixed(n === total ? 0 : 2))).trim()}</span>
                </td>
                <td>{kilobytes(optimizerStateBytes(n), locale)}</td>
                <td>{kilobytes(gradientBytes(n), locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
