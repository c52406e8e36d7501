// @vitest-environment happy-dom
/** The shared sampling knobs: top-k 0 stands at the slider's top end, and the seed field takes only whole seeds in range. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { SeedInput, TemperatureField, TopKField, type SamplingWords } from '@/components/widget/SamplingFields';
import { MAX_SEED } from '@/lib/widgets/samplingKnobs';

afterEach(cleanup);

const t: SamplingWords = { temperature: 'Temperature', temperatureHint: 'hint', topK: 'Top-k', topKAll: 'all', topKHint: (v) => `of ${v}`, seed: 'Seed' };

describe('sampling fields', () => {
  it('shows top-k 0 as "all" at the top of the slider, and the top of the slider as 0', () => {
    const onChange = vi.fn();
    const { container, rerender } = render(<TopKField id="x" prefix="ntp" t={t} topK={0} vocabSize={50} onChange={onChange} />);
    const slider = container.querySelector<HTMLInputElement>('#x-k')!;
    expect(slider.value).toBe('50');
    expect(slider.getAttribute('aria-valuetext')).toBe('all');
    expect(container.querySelector('.ntp-field output')!.textContent).toBe('k = all');
    expect(container.querySelector('#x-kh')!.textContent).toBe('of 50');
    fireEvent.change(slider, { target: { value: '7' } });
    rerender(<TopKField id="x" prefix="ntp" t={t} topK={7} vocabSize={50} onChange={onChange} />);
    fireEvent.change(slider, { target: { value: '50' } });
    expect(onChange.mock.calls).toEqual([[7], [0]]);
  });

  it('rounds the temperature to hundredths and labels the slider with its hint', () => {
    const onChange = vi.fn();
    const { container } = render(<TemperatureField id="x" prefix="gen" t={t} value={0.8} onChange={onChange} />);
    const slider = container.querySelector<HTMLInputElement>('#x-t')!;
    expect(slider.getAttribute('aria-describedby')).toBe('x-th');
    expect(container.querySelector('.gen-hint')!.id).toBe('x-th');
    expect(container.querySelector('output')!.textContent).toBe('T = 0.80');
    fireEvent.change(slider, { target: { value: '1.2500001' } });
    expect(onChange).toHaveBeenCalledWith(1.25);
  });

  it('takes only whole seeds from 0 to MAX_SEED', () => {
    const onChange = vi.fn();
    const { container } = render(<SeedInput id="x" value={7} onChange={onChange} />);
    const field = container.querySelector<HTMLInputElement>('#x-s')!;
    for (const value of ['2.5', '-1', String(MAX_SEED + 1), '12']) fireEvent.change(field, { target: { value } });
    expect(onChange.mock.calls).toEqual([[12]]);
  });
});
