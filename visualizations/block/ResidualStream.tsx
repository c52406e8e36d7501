'use client';
/**
 * The second frame of the block explorer: the reader's sentence run through
 * the real tiny model (lib/model forward), and the norm of every token's
 * residual vector after each stage, as a heat map with a table alternative.
 * Waits for the model with ModelStatus; the forward pass is memoised on the
 * model and the sentence, and deferred so the text box stays responsive. The heat
 * map's cursor is in the explorer's link; a linked cell the model cannot show is
 * reported once the model is loaded.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ModelStatus } from '@/components/widget/ModelStatus';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import type { TinyModelHandle } from '@/components/widget/useTinyModel';
import { charactersWithoutToken, encode, forward } from '@/lib/model';
import { fixed } from '@/lib/widgets/format';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { samples } from '@/lib/widgets/attentionSamples';
import { residualNorms, stagesOfPart, type PartId, type ResidualNorms } from './math';
import { ResidualHeatmap, visibleToken } from './ResidualHeatmap';
import { checkCursor, type BlockState } from './state';
import type { BlockStrings } from './strings';

interface ResidualStreamProps {
  tiny: TinyModelHandle;
  sentence: string;
  onSentence: (sentence: string) => void;
  /** The heat map's cursor: a stage id and a token position from 1. */
  cursor: Pick<BlockState, 'stage' | 'token'>;
  onCursor: (cursor: Pick<BlockState, 'stage' | 'token'>) => void;
  part: PartId;
  locale: Locale;
  t: BlockStrings;
  notices: string[];
}

export function ResidualStream({ tiny, sentence, onSentence, cursor, onCursor, part, locale, t, notices }: ResidualStreamProps) {
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(box);
  const inputId = useId();
  const model = tiny.model;
  // The forward pass follows the text box a beat behind, so typing never waits for it.
  const deferred = useDeferredValue(sentence);
  const run = useMemo(() => {
    if (!model) return null;
    const encoded = encode(model, deferred);
    const trace = forward(model, encoded.ids);
    return { encoded, norms: residualNorms(trace), unknown: charactersWithoutToken(model, deferred).length > 0 };
  }, [model, deferred]);
  const [rejected, setRejected] = useState<string[]>([]);
  const checked = useRef(false);
  useEffect(() => {
    if (!model || checked.current) return;
    checked.current = true;
    const { patch, rejected: bad } = checkCursor(cursor, model.config.nLayers, encode(model, sentence).ids.length);
    if (bad.length) {
      onCursor({ ...cursor, ...patch });
      setRejected(bad);
    }
  }, [model, cursor, sentence, onCursor]);
  const stages = run?.norms.stages ?? [];
  const cell: [number, number] = [
    Math.max(
      0,
      stages.findIndex((s) => s.id === cursor.stage),
    ),
    cursor.token - 1,
  ];
  const moveCursor = ([row, column]: [number, number]) => onCursor({ stage: stages[row]?.id ?? 'embed', token: column + 1 });
  const extra = run ? [...(run.encoded.truncated ? [t.truncated(model!.config.contextLength)] : []), ...(run.unknown ? [t.unknownChars] : [])] : [];
  return (
    <WidgetFrame
      locale={locale}
      title={t.streamTitle}
      id="residual-stream"
      svgRef={run ? svgRef : undefined}
      notices={[...notices, ...(rejected.length ? [widgetStrings[locale].rejected(rejected)] : []), ...extra]}
      table={run ? <NormsTable norms={run.norms} tokens={run.encoded.tokens} t={t} /> : undefined}
    >
      <div ref={box} className="block-stream">
        <label htmlFor={inputId} className="block-input-label">
          {t.sentence}
        </label>
        <textarea id={inputId} rows={2} value={sentence} spellCheck={false} autoComplete="off" maxLength={300} onChange={(e) => onSentence(e.target.value)} />
        <div className="block-buttons" role="group" aria-label={t.samples}>
          <span className="block-group-label" aria-hidden="true">
            {t.samples}:
          </span>
          {samples[locale].map((s) => (
            <button key={s.text} type="button" className="widget-button" aria-pressed={sentence === s.text} title={s.text} onClick={() => onSentence(s.text)}>
              {s.label}
            </button>
          ))}
        </div>
        {run ? (
          <ResidualHeatmap norms={run.norms} tokens={run.encoded.tokens} highlight={stagesOfPart(part)} width={width} t={t} svgRef={svgRef} cursor={cell} onCursor={moveCursor} />
        ) : (
          <ModelStatus locale={locale} state={tiny} minHeight={200} />
        )}
      </div>
    </WidgetFrame>
  );
}

function NormsTable({ norms, tokens, t }: { norms: ResidualNorms; tokens: string[]; t: BlockStrings }) {
  return (
    <table>
      <caption className="sr-only">{t.streamTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.token}</th>
          {norms.stages.map((s) => (
            <th key={s.id} scope="col">
              {t.stage[s.after](s.layer)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tokens.map((token, j) => (
          <tr key={j}>
            <th scope="row">
              {j + 1}: {visibleToken(token)}
            </th>
            {norms.norms.map((row, i) => (
              <td key={i}>{fixed(row[j], 2)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
