// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteShell } from '@/components/layout/SiteShell';
import { press, renderPage } from './page';
import { Deck } from './present/deck';

/** Every enhancer is replaced by a recorder: this checks only what the entry runs, and in which order. */
const calls = vi.hoisted(() => [] as string[]);
const record = vi.hoisted(() => (name: string) => () => void calls.push(name));
const presenter = vi.hoisted(() => ({ startPresenter: vi.fn() }));
vi.mock('@/browser/chrome', () => ({ enhanceChrome: record('chrome') }));
vi.mock('@/browser/quiz', () => ({ enhanceQuizzes: record('quiz') }));
vi.mock('@/browser/progress', () => ({ setupProgress: record('progress') }));
vi.mock('@/browser/searchTrigger', () => ({ setupSearchTrigger: record('search') }));
vi.mock('@/browser/islands', () => ({ mountIslands: record('islands') }));
vi.mock('@/browser/offline', () => ({ registerServiceWorker: record('offline') }));
vi.mock('@/browser/present/presenter', () => presenter);

beforeEach(() => {
  calls.length = 0;
  presenter.startPresenter.mockImplementation(() => void calls.push('presenter'));
  vi.resetModules();
});

describe('the site script’s entry', () => {
  it('enhances a chapter page and mounts its widgets, without the slide show', async () => {
    renderPage(<SiteShell locale="en" current="self-attention" path="self-attention/" children={null} />);
    await import('@/browser/site');
    expect(calls).toEqual(['chrome', 'quiz', 'progress', 'search', 'islands', 'offline']);
    expect(presenter.startPresenter).not.toHaveBeenCalled();
  });

  it('on a presenter page, starts the slide show first and hands it the keys pressed while it loaded', async () => {
    renderPage(<Deck />);
    await import('@/browser/site');
    const early = press('ArrowRight', {}, document.body);
    await vi.waitFor(() => expect(calls).toContain('islands'));
    expect(calls).toEqual(['chrome', 'quiz', 'progress', 'search', 'offline', 'presenter', 'islands']);
    expect(presenter.startPresenter).toHaveBeenCalledWith(document.querySelector('.presenter'), [early]);
  });
});
