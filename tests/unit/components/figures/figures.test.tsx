// @vitest-environment happy-dom
/**
 * The contract every figure keeps with the chapters: an SVG with role img named
 * by `alt`, the caption shown, and labels in the page's language.
 */
import type { ComponentProps, ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { figures, type FigureBaseProps, type FigureName } from '@/components/figures';

type ExtraProps<K extends FigureName> = Omit<ComponentProps<(typeof figures)[K]>, keyof FigureBaseProps>;

/** Props each figure needs, and one label that must show in each locale (and not in the other). */
const cases: { [K in FigureName]: { props: ExtraProps<K>; en: string; zh: string } } = {
  TransformerBlockDiagram: { props: {}, en: 'LayerNorm', zh: '层归一化' },
  TransformerStackDiagram: { props: {}, en: 'Final LayerNorm', zh: '最终层归一化' },
  TokenizationDiagram: { props: { text: 'Hello world', tokens: ['Hello', ' world'] }, en: 'token', zh: '词元' },
  AttentionFlowDiagram: { props: {}, en: 'Mask (optional)', zh: '掩码（可选）' },
  MultiHeadDiagram: { props: {}, en: 'Concatenate', zh: '拼接' },
  MaskDiagram: { props: { kind: 'causal', tokens: ['a', 'b'] }, en: 'keys (tokens being read)', zh: '键（被读取的词元）' },
  FamiliesDiagram: { props: {}, en: 'Encoder-only', zh: '仅编码器' },
  SinusoidDiagram: { props: {}, en: 'position', zh: '位置' },
  RopeDiagram: { props: {}, en: 'query q, rotated by position', zh: '查询 q 随位置旋转' },
  TrainingPipelineDiagram: { props: {}, en: 'Assistant model', zh: '助手模型' },
  LoraDiagram: { props: {}, en: 'frozen', zh: '冻结' },
  ScaleChart: { props: {}, en: 'parameters (log scale)', zh: '参数量（对数刻度）' },
};

afterEach(cleanup);

function renderFigure(name: FigureName, locale: 'en' | 'zh') {
  const Figure = figures[name] as ComponentType<FigureBaseProps & Record<string, unknown>>;
  const alt = `${name}: a full description for screen readers`;
  const caption = `${name} caption`;
  render(<Figure {...(cases[name].props as Record<string, unknown>)} caption={caption} alt={alt} locale={locale} />);
  return { alt, caption };
}

describe.each(Object.keys(cases) as FigureName[])('%s', (name) => {
  it('renders an SVG with role img named by alt, and the caption', () => {
    const { alt, caption } = renderFigure(name, 'en');
    const img = screen.getByRole('img', { name: alt });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(screen.getByText(caption).tagName.toLowerCase()).toBe('figcaption');
  });

  it('draws its labels in English for locale en', () => {
    renderFigure(name, 'en');
    expect(screen.queryAllByText(cases[name].en).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(cases[name].zh)).toHaveLength(0);
  });

  it('draws its labels in Chinese for locale zh', () => {
    renderFigure(name, 'zh');
    expect(screen.queryAllByText(cases[name].zh).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(cases[name].en)).toHaveLength(0);
  });

  it('uses theme variables, never fixed colours', () => {
    renderFigure(name, 'en');
    const svg = screen.getByRole('img');
    for (const el of svg.querySelectorAll('*')) {
      for (const attr of ['fill', 'stroke']) {
        const value = el.getAttribute(attr);
        if (value !== null) expect(value, `${el.tagName} ${attr}`).toMatch(/^(none|var\(--[a-z0-9-]+\))$/);
      }
    }
  });
});
