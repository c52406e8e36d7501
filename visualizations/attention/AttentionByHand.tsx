'use client';
/**
 * `<AttentionByHand />`: the geometric meaning of attention. The reader drags a
 * 2-D query and three 2-D keys (pointer, or arrow keys on a focused vector) and
 * watches the dot products and softmax weights change live, computed with
 * lib/math through math.ts. Each key's arrow grows thicker with its weight. The
 * vectors are in the link (byHandState.ts). A presenter's clicker takes a short tour:
 * q turned toward each key in turn, then made twice as long, so the room sees the
 * weight follow the direction and then sharpen.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useStepEvent } from '@/components/widget/useStepEvent';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { useElementWidth } from '@/components/widget/hooks';
import { fixed } from '@/lib/widgets/format';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';
import { byHandAttention, type Vec2 } from './math';
import { byHandStrings } from './byHandStrings';
import { ByHandPlane, LIMIT } from './ByHandPlane';
import { byHandSchema, START } from './byHandState';

const schema = byHandSchema(LIMIT);

/** The query of the presenter's tour at `step`: the start, along each key (length 1.5), then along the first key at twice that (inside the plane's ±3). */
function tourQuery(step: number, keys: Vec2[]): Vec2 {
  if (step === 0) return START[0];
  const key = keys[step <= keys.length ? step - 1 : 0];
  const length = Math.hypot(key[0], key[1]) || 1;
  const size = step <= keys.length ? 1.5 : 3;
  const inPlane = (x: number) => Math.max(-3, Math.min(3, x));
  return [inPlane((key[0] / length) * size), inPlane((key[1] / length) * size)];
}

export default function AttentionByHand({ locale }: { locale: Locale }) {
  const t = byHandStrings[locale];
  const box = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const helpId = useId();
  const width = useElementWidth(box, 640);
  const { state, update, rejected } = useUrlState(schema);
  const { vectors } = state;
  const [q, ...keys] = vectors;
  const result = useMemo(() => byHandAttention(q, keys), [q, keys]);
  const names = [t.query, ...keys.map((_, i) => t.key(i))];
  const size = Math.max(240, Math.min(400, width >= 640 ? width * 0.5 : width));
  const move = (index: number, v: Vec2) => update({ vectors: vectors.map((old, i) => (i === index ? v : old)) });
  const [tourStep, setTourStep] = useState(0);
  const tourLength = keys.length + 2;
  const root = useRef<HTMLDivElement>(null);
  useStepEvent(root, (direction) => {
    const next = tourStep + direction;
    if (next < 0 || next >= tourLength) return false;
    setTourStep(next);
    update({ vectors: [tourQuery(next, vectors.slice(1)), ...vectors.slice(1)] });
    return true;
  });
  const tourWhat = tourStep === 0 ? t.start : tourStep <= keys.length ? t.pointAt(names[tourStep]) : t.longer;
  const coords = (v: Vec2) => `(${fixed(v[0], 2)}, ${fixed(v[1], 2)})`;
  const table = (
    <table className="attn-byhand-table">
      <caption>{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.col.vector}</th>
          <th scope="col">{t.col.dot}</th>
          <th scope="col">{t.col.scaled}</th>
          <th scope="col">{t.col.weight}</th>
        </tr>
      </thead>
      <tbody>
        {vectors.map((v, i) => (
          <tr key={i}>
            <th scope="row">
              {names[i]} <span className="attn-coords">{coords(v)}</span>
            </th>
            {i === 0 ? (
              <td colSpan={3} />
            ) : (
              <>
                <td>{fixed(result.dots[i - 1], 2)}</td>
                <td>{fixed(result.scaled[i - 1], 2)}</td>
                <td>
                  <span className="attn-weight-bar" aria-hidden="true" style={{ width: `${Math.round(result.weights[i - 1] * 48)}px` }} />
                  {fixed(result.weights[i - 1], 3)}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <WidgetFrame locale={locale} title={t.title} id="attention-by-hand" svgRef={svgRef} notices={rejected.length ? [widgetStrings[locale].rejected(rejected)] : []}>
      <div ref={root}>
        <div ref={box} className="attn attn-byhand">
          <p className="attn-hint" id={helpId}>
            {t.keysHelp}
          </p>
          <div className="attn-byhand-body">
            <ByHandPlane locale={locale} size={size} vectors={vectors} weights={result.weights} names={names} helpId={helpId} onMove={move} svgRef={svgRef} />
            <div className="attn-byhand-numbers">
              <div className="attn-scroll" role="region" aria-label={t.caption} tabIndex={0}>
                {table}
              </div>
              <p className="attn-byhand-status" role="status">
                {t.status(keys.map((_, i) => `${names[i + 1]} ${fixed(result.weights[i], 2)}`))}
              </p>
              {tourStep > 0 && (
                <p className="attn-byhand-status" data-tour-step={tourStep}>
                  {t.tour(tourStep + 1, tourLength, tourWhat)}
                </p>
              )}
              <button
                type="button"
                className="widget-button"
                onClick={() => {
                  update({ vectors: START });
                  setTourStep(0);
                }}
              >
                {t.reset}
              </button>
            </div>
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
