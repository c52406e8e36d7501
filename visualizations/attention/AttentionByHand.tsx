'use client';
/**
 * `<AttentionByHand />`: the geometric meaning of attention. The reader drags a
 * 2-D query and three 2-D keys (pointer, or arrow keys on a focused vector) and
 * watches the dot products and softmax weights change live, computed with
 * lib/math through math.ts. Each key's arrow grows thicker with its weight. The
 * vectors are in the link (byHandState.ts).
 */
import { useId, useMemo, useRef } from 'react';
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
      <div ref={box} className="attn attn-byhand">
        <p className="attn-hint">{t.intro}</p>
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
            <button type="button" className="widget-button" onClick={() => update({ vectors: START })}>
              {t.reset}
            </button>
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
