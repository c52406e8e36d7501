/**
 * The sizes the reader sets (layers, d_model, heads, d_ff, vocabulary,
 * context) and the presets that fill them in: the tiny model (from its loaded
 * configuration) and the published architectures of lib/data/models.ts.
 */
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { SlideFold } from '@/components/widget/SlideFold';
import { QuantityField } from '@/components/widget/QuantityField';
import type { Locale } from '@/lib/i18n/locales';
import { sameSizes, type BlockPreset, type BlockSizes } from './math';
import type { BlockStrings } from './strings';

interface SizeControlsProps {
  sizes: BlockSizes;
  presets: BlockPreset[];
  /** False while the tiny model's configuration is still loading. */
  tinyReady: boolean;
  onChange: (sizes: Partial<BlockSizes>) => void;
  locale: Locale;
  t: BlockStrings;
}

const FIELDS: { key: keyof BlockSizes; max: number }[] = [
  { key: 'layers', max: 1000 },
  { key: 'dModel', max: 1_000_000 },
  { key: 'heads', max: 100_000 },
  { key: 'dFF', max: 10_000_000 },
  { key: 'vocab', max: 100_000_000 },
  { key: 'context', max: 100_000_000 },
];

export function SizeControls({ sizes, presets, tinyReady, onChange, locale, t }: SizeControlsProps) {
  return (
    <fieldset className="block-sizes">
      <legend>{t.sizes}</legend>
      <div className="block-buttons" role="group" aria-label={t.presets}>
        {!tinyReady && (
          <button type="button" className="widget-button" disabled>
            {t.tinyLoading}
          </button>
        )}
        {presets.map((p) => (
          <button key={p.id} type="button" className="widget-button" aria-pressed={sameSizes(p.sizes, sizes)} onClick={() => onChange(p.sizes)}>
            {p.name}
          </button>
        ))}
      </div>
      <SlideFold label={widgetStrings[locale].foldSettings}>
        <div className="block-fields">
          {FIELDS.map(({ key, max }) => (
            <QuantityField key={key} label={t.size[key]} value={sizes[key]} onChange={(v) => onChange({ [key]: v })} locale={locale} integer min={1} max={max} invalidMessage={t.invalidSize} />
          ))}
        </div>
      </SlideFold>
    </fieldset>
  );
}
