'use client';
/**
 * The "adding a position" animation: a token's embedding e, the position vector p, and
 * x = e + p, one bar per dimension, in four steps the reader (or a presenter, through
 * the explorer's step event) moves through. In step 3 the p bars slide onto the e bars;
 * under reduced motion they jump.
 */
import { useId } from 'react';
import { SlideFold } from '@/components/widget/SlideFold';
import { useLabelPx } from '@/components/widget/useLabelPx';
import { labelEms } from '@/lib/widgets/attentionGeometry';
import { scaleLinear } from 'd3';
import { fixed } from '@/lib/widgets/format';
import { addPosition, ADD_DIM } from './math';
import { RangeControl } from './RangeControl';
import { ADD_STEPS } from './state';
import type { PositionalStrings } from './strings';

interface AddPanelProps {
  t: PositionalStrings;
  width: number;
  words: string[];
  word: number;
  onWord: (index: number) => void;
  pos: number;
  maxPos: number;
  onPos: (pos: number) => void;
  step: number;
  onStep: (step: number) => void;
  reducedMotion: boolean;
}

const ROW = 110;
const LEFT = 78;

export function AddPanel({ t, width, words, word, onWord, pos, maxPos, onPos, step, onStep, reducedMotion }: AddPanelProps) {
  const selectId = useId();
  const w = words[Math.min(word, words.length - 1)];
  const { embedding, position, sum } = addPosition(w, pos);
  // label sizes (larger on a slide): the row names set the left margin, the index labels the top one,
  // and the values, above or under a bar, take their growth out of the bars' reach
  const labelSize = useLabelPx();
  const valueFont = labelSize(10.5);
  const rowFont = labelSize(12.5);
  const indexFont = labelSize(10);
  const rowNames = [t.embeddingRow(w), t.positionRow(pos), t.sumRow];
  const left = Math.max(LEFT, Math.ceil(Math.max(...rowNames.map(labelEms)) * rowFont * 1.1 + 8));
  const top = 18 + 1.5 * (indexFont - 10);
  const extent = Math.max(1.5, ...sum.map(Math.abs), ...embedding.map(Math.abs), ...position.map(Math.abs));
  const barScale = scaleLinear()
    .domain([0, extent])
    .range([0, ROW / 2 - 12 - (valueFont - 10.5)]);
  const colW = (width - left - 8) / ADD_DIM;
  const height = ROW * 3 + 6 + top;
  const mid = (row: number) => top + row * ROW + ROW / 2;
  const transition = reducedMotion ? undefined : 'transform 600ms ease-in-out, opacity 400ms';
  const bar = (value: number, baseY: number, colour: string, d: number, dashed = false) => {
    const h = barScale(Math.abs(value));
    return (
      <rect
        x={left + d * colW + colW * 0.2}
        y={value >= 0 ? baseY - h : baseY}
        width={colW * 0.6}
        height={Math.max(h, 0.5)}
        fill={colour}
        fillOpacity={dashed ? 0.55 : 0.8}
        stroke={colour}
        strokeDasharray={dashed ? '3 2' : undefined}
      />
    );
  };
  const label = (value: number, baseY: number, d: number) => (
    <text x={left + d * colW + colW / 2} y={value >= 0 ? baseY - barScale(value) - 3 : baseY + barScale(-value) + valueFont + 0.5} fontSize={valueFont} textAnchor="middle">
      {fixed(value, 2)}
    </text>
  );
  const rowLabel = (row: number, text: string, visible: boolean) => (
    <text x={0} y={mid(row)} fontSize={rowFont} fontWeight={600} dominantBaseline="middle" opacity={visible ? 1 : 0.25}>
      {text}
    </text>
  );
  const axis = (row: number) => <line x1={left} x2={width - 8} y1={mid(row)} y2={mid(row)} stroke="var(--border)" />;
  return (
    <div className="pe-stack">
      <div className="pe-controls">
        <span className="pe-control">
          <label htmlFor={selectId}>{t.word}</label>
          <select id={selectId} value={word} onChange={(e) => onWord(Number(e.currentTarget.value))}>
            {words.map((s, i) => (
              <option key={`${s}${i}`} value={i}>
                {s}
              </option>
            ))}
          </select>
        </span>
        <RangeControl label={t.pos} value={pos} min={0} max={maxPos} onChange={onPos} />
      </div>
      <div className="pe-controls">
        <button type="button" className="widget-button" onClick={() => onStep(step - 1)} disabled={step === 0}>
          ← {t.back}
        </button>
        <button type="button" className="widget-button" onClick={() => onStep(step + 1)} disabled={step === ADD_STEPS - 1}>
          {t.nextStep} →
        </button>
        <span aria-live="polite">
          <strong>{t.stepOf(step + 1, ADD_STEPS)}</strong>
          {t.punct.colon}
          {t.addSteps[step]}
        </span>
      </div>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${t.addLabel} ${t.stepOf(step + 1, ADD_STEPS)}${t.punct.colon}${t.addSteps[step]}`}>
        {[0, 1, 2].map(axis)}
        {rowLabel(0, rowNames[0], true)}
        {rowLabel(1, rowNames[1], step >= 1)}
        {rowLabel(2, rowNames[2], step >= 3)}
        {embedding.map((v, d) => (
          <g key={`e${d}`}>
            {bar(v, mid(0), 'var(--accent)', d)}
            {step < 2 && label(v, mid(0), d)}
            <text x={left + d * colW + colW / 2} y={top - 2} fontSize={indexFont} textAnchor="middle" fill="var(--muted)">
              {d}
            </text>
          </g>
        ))}
        {step >= 2 &&
          position.map((v, d) => (
            <g key={`ghost${d}`} opacity={0.3}>
              {bar(v, mid(1), 'var(--accent-2)', d, true)}
            </g>
          ))}
        {position.map((v, d) => {
          // step 2+: the p bar moves up a row and sits on the tip of the e bar
          const eTip = Math.sign(embedding[d]) * barScale(Math.abs(embedding[d]));
          const lift = step >= 2 ? -(ROW + eTip) : 0;
          return (
            <g key={`p${d}`} style={{ transform: `translateY(${lift}px)`, opacity: step >= 1 ? 1 : 0, transition }}>
              {bar(v, mid(1), 'var(--accent-2)', d, step >= 2)}
              {step < 2 && label(v, mid(1), d)}
            </g>
          );
        })}
        {sum.map((v, d) => (
          <g key={`x${d}`} style={{ opacity: step >= 3 ? 1 : 0, transition }}>
            {bar(v, mid(2), 'var(--accent-3)', d)}
            {label(v, mid(2), d)}
          </g>
        ))}
      </svg>
      <SlideFold label={t.aboutExample}>
        <p className="pe-note">{t.addNote(ADD_DIM)}</p>
      </SlideFold>
    </div>
  );
}
