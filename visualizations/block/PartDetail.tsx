/**
 * What the selected part of the block does: a plain description, its formula
 * (KaTeX HTML typeset at build time, from formulas.json: constant strings,
 * never reader input), the shapes of its input and output for a full context,
 * and its parameter count for the chosen sizes with the numbers substituted.
 */
import type { Locale } from '@/lib/i18n/locales';
import { PART_FORMULAS, formulaHtml } from './formulas';
import { BLOCK_PARTS, partParameters, partShapes, type BlockSizes, type CountOptions, type PartId, type Shape } from './math';
import type { BlockStrings } from './strings';

interface PartDetailProps {
  part: PartId;
  sizes: BlockSizes;
  options: CountOptions;
  locale: Locale;
  t: BlockStrings;
}

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-US');

function ShapeText({ shape, locale }: { shape: Shape; locale: Locale }) {
  const size = (v: number) => (Number.isInteger(v) ? v.toLocaleString(tag(locale)) : v.toFixed(2));
  return (
    <span className="block-shape-text">
      {shape.map(([name], i) => (
        <span key={i}>
          {i > 0 && ' × '}
          <var>{name}</var>
        </span>
      ))}
      <span className="block-shape-size"> = {shape.map(([, v]) => size(v)).join(' × ')}</span>
    </span>
  );
}

/** The count formula with the sizes substituted, e.g. "4 × 768² + 4 × 768". */
function substituted(part: PartId, s: BlockSizes, options: CountOptions, locale: Locale): string {
  const n = (v: number) => v.toLocaleString(tag(locale));
  const d = n(s.dModel);
  switch (part) {
    case 'embed':
      return `${n(s.vocab)} × ${d} + ${n(s.context)} × ${d}`;
    case 'ln1':
    case 'ln2':
      return `2 × ${d}`;
    case 'attn':
      return `4 × ${d}² + 4 × ${d}`;
    case 'ffn':
      return `2 × ${d} × ${n(s.dFF)} + ${n(s.dFF)} + ${d}`;
    case 'head':
      return options.outputBias ? `2 × ${d} + ${n(s.vocab)}` : `2 × ${d}`;
    default:
      return '0';
  }
}

export function PartDetail({ part, sizes, options, locale, t }: PartDetailProps) {
  const text = t.parts[part];
  const shapes = partShapes(part, sizes, sizes.context);
  const count = partParameters(part, sizes, options);
  const inBlock = BLOCK_PARTS.includes(part);
  const fmt = (v: number) => v.toLocaleString(tag(locale));
  return (
    <div className="block-detail" aria-live="polite">
      <h4 className="block-detail-title">{text.name}</h4>
      <p>{text.does}</p>
      <h5>{t.formula}</h5>
      {PART_FORMULAS[part].map((id) => (
        <div key={id} className="block-formula" dangerouslySetInnerHTML={{ __html: formulaHtml[id] }} />
      ))}
      <h5>{t.shapes}</h5>
      <p className="block-shapes-note">{t.shapeNote(sizes.context)}</p>
      <dl className="block-shapes">
        {[
          { key: 'in', label: t.input, shape: shapes.input },
          ...shapes.inner.map((inner) => ({ key: inner.label, label: t.inner[inner.label], shape: inner.shape })),
          { key: 'out', label: t.output, shape: shapes.output },
        ].map((row) => (
          <div key={row.key} className="block-shapes-row">
            <dt>{row.label}</dt>
            <dd>
              <ShapeText shape={row.shape} locale={locale} />
            </dd>
          </div>
        ))}
      </dl>
      <h5>{t.parameters}</h5>
      {count === 0 ? (
        <p>{t.noParameters}</p>
      ) : (
        <p className="block-count" data-count={count}>
          <span className="block-count-formula">{text.count}</span> = {substituted(part, sizes, options, locale)} = <strong>{fmt(count)}</strong>{' '}
          {inBlock ? t.perBlock(sizes.layers, fmt(count * sizes.layers)) : t.parameterUnit}
        </p>
      )}
    </div>
  );
}
