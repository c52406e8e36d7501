// @vitest-environment happy-dom
/**
 * useTinyModel: one download per language shared by every widget on the page,
 * progress from 0 to 1, a localised message on failure, and a retry that
 * starts afresh. The loader is replaced by a controllable fake.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { LoadProgress } from '@/lib/model/load';
import type { TinyModel } from '@/lib/model/types';

interface Pending {
  base: string;
  progress: (p: LoadProgress) => void;
  resolve: (m: TinyModel) => void;
  reject: (e: Error) => void;
}
const calls: Pending[] = [];
vi.mock('@/lib/model/load', () => ({
  loadModel: (base: string, opts: { onProgress: (p: LoadProgress) => void }) => new Promise<TinyModel>((resolve, reject) => calls.push({ base, progress: opts.onProgress, resolve, reject })),
}));

const { createModelStore, useTinyModel } = await import('@/components/widget/useTinyModel');
const { ModelStatus } = await import('@/components/widget/ModelStatus');
const fakeModel = { locale: 'en' } as TinyModel;

function Probe({ name, locale = 'en' }: { name: string; locale?: 'en' | 'zh' }) {
  const tiny = useTinyModel(locale);
  return <div data-testid={name}>{tiny.model ? `ready ${tiny.model.locale}` : <ModelStatus locale={locale} state={tiny} />}</div>;
}

afterEach(cleanup);

describe('useTinyModel', () => {
  it('loads once for two widgets, reports progress, then shares the model', async () => {
    render(
      <>
        <Probe name="a" />
        <Probe name="b" />
      </>,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].base).toBe('/models/en');
    act(() => calls[0].progress({ phase: 'weights', loaded: 50, total: 100 }));
    expect(screen.getAllByRole('progressbar')[0].getAttribute('aria-label')).toBe('Loading the tiny model… 51%');
    await act(async () => calls[0].resolve(fakeModel));
    expect(screen.getByTestId('a').textContent).toBe('ready en');
    expect(screen.getByTestId('b').textContent).toBe('ready en');
    cleanup();
    render(<Probe name="c" />);
    expect(screen.getByTestId('c').textContent).toBe('ready en');
    expect(calls).toHaveLength(1);
  });

  it('shows a localised message on failure and retries on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Probe name="zh" locale="zh" />);
    const attempt = calls.at(-1)!;
    expect(attempt.base).toBe('/models/zh');
    await act(async () => attempt.reject(new Error('HTTP 404')));
    expect(screen.getByRole('alert').textContent).toContain('小模型加载失败');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(calls.at(-1)).not.toBe(attempt);
    await act(async () => calls.at(-1)!.resolve({ locale: 'zh' } as TinyModel));
    expect(screen.getByTestId('zh').textContent).toBe('ready zh');
  });
});

describe('createModelStore', () => {
  it('does not retry a failure by itself, only when asked', async () => {
    const loader = vi.fn(() => Promise.reject(new Error('offline')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createModelStore(loader);
    store.ensure('en');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.snapshot('en').detail).toBe('offline');
    store.ensure('en');
    expect(loader).toHaveBeenCalledTimes(1);
    store.retry('en');
    expect(loader).toHaveBeenCalledTimes(2);
    expect(store.snapshot('en').detail).toBeNull();
  });
});
