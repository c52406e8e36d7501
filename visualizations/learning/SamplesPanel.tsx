'use client';
/**
 * The chosen checkpoint's samples: each prompt in bold, then what the model
 * wrote after it, and the held-out loss at that step in words (perplexity).
 * The text is keyed by step so it fades in anew at each checkpoint (the fade
 * is CSS, off under reduced motion).
 */
import type { Locale } from '@/lib/i18n/locales';
import { punctuation } from '@/lib/i18n/punctuation';
import { fixed } from '@/lib/widgets/format';
import { perplexity, type Checkpoint } from './math';
import { learningStrings } from './strings';

interface SamplesPanelProps {
  locale: Locale;
  checkpoint: Checkpoint;
  final: boolean;
}

export function SamplesPanel({ locale, checkpoint, final }: SamplesPanelProps) {
  const t = learningStrings[locale];
  const loss = checkpoint.point.heldOut;
  return (
    <div className="lc-samples" aria-live="polite">
      <div className="lc-samples-inner" key={checkpoint.step}>
        <p className="lc-samples-title">{t.samplesTitle(t.checkpointName(checkpoint.step, final))}</p>
        <ul className="lc-sample-list">
          {checkpoint.samples.map((s, i) => (
            <li key={i} className="lc-sample">
              <span className="sr-only">{`${t.promptLabel}${punctuation[locale].colon}`}</span>
              <strong className="lc-prompt">{s.prompt}</strong>
              <span className="sr-only">{`${punctuation[locale].aside(t.continuation)} `}</span>
              <span className="lc-text">{s.text}</span>
            </li>
          ))}
        </ul>
        <p className="lc-loss">
          {t.lossAt(fixed(loss, 2), fixed(perplexity(loss), 1))} {checkpoint.step === 0 ? t.beforeTraining : ''}
        </p>
      </div>
    </div>
  );
}
