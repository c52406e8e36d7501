// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteShell } from '@/components/layout/SiteShell';
import { clientStrings } from '@/lib/i18n/strings';
import type { OfflineMessage, OfflineStatus } from '@/lib/offline/messages';
import { renderPage } from './page';

const t = clientStrings.en;
const MB = 1024 * 1024;

/** A stand-in service worker: answers `keep` with the status the test sets, and records what the page asked. */
function fakeWorker(answer: (message: OfflineMessage) => OfflineStatus | { error: string }) {
  const asked: OfflineMessage[] = [];
  const active = {
    postMessage(message: OfflineMessage, [port]: [{ postMessage(data: unknown): void }]) {
      asked.push(message);
      port.postMessage(answer(message));
    },
  };
  const waiting = { postMessage: vi.fn(), state: 'installed' };
  const registration = { active, waiting: null as typeof waiting | null, addEventListener: vi.fn() };
  const container = new EventTarget() as EventTarget & Record<string, unknown>;
  Object.assign(container, { controller: {}, ready: Promise.resolve(registration), register: vi.fn(async () => registration) });
  return { asked, registration, waiting, container };
}

/** MessageChannel whose second port answers straight into the first. */
class FakeChannel {
  port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
  port2 = { postMessage: (data: unknown) => queueMicrotask(() => this.port1.onmessage?.({ data })) };
}

let register: (typeof import('@/browser/offline'))['registerServiceWorker'];

beforeEach(async () => {
  vi.resetModules();
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubGlobal('MessageChannel', FakeChannel);
  renderPage(<SiteShell locale="en" current={null} path="" children={null} />);
  ({ registerServiceWorker: register } = await import('@/browser/offline'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

function install(worker: ReturnType<typeof fakeWorker>) {
  Object.defineProperty(navigator, 'serviceWorker', { value: worker.container, configurable: true });
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
  register();
}

const footerLine = () => document.querySelector('.site-footer .offline-all');

describe('offline', () => {
  it('keeps the reader’s language, then offers everything in the footer with its size', async () => {
    let everything = false;
    const worker = fakeWorker((message) => {
      if (message.type === 'keep' && message.groups === 'all') everything = true;
      return { kept: ['en'], everything, everythingBytes: 12.34 * MB };
    });
    install(worker);
    await vi.waitFor(() => expect(footerLine()).not.toBeNull());
    expect(worker.container.register).toHaveBeenCalledWith('/sw.js');
    expect(worker.asked[0]).toEqual({ type: 'keep', groups: ['en'] });
    const button = footerLine()!.querySelector('button')!;
    expect(button.textContent).toBe('Make everything available offline (12.3 MB)');
    button.click();
    expect(footerLine()!.querySelector('[role="status"]')!.textContent).toBe(t.offlineSaving);
    await vi.waitFor(() => expect(footerLine()!.querySelector('button')).toBeNull());
    expect(worker.asked[1]).toEqual({ type: 'keep', groups: 'all' });
    expect(footerLine()!.querySelector('[role="status"]')!.textContent).toBe(t.offlineDone);
  });

  it('lets the reader try again when saving everything fails', async () => {
    const worker = fakeWorker((message) => (message.type === 'keep' && message.groups === 'all' ? { error: 'quota' } : { kept: ['en'], everything: false, everythingBytes: MB }));
    install(worker);
    await vi.waitFor(() => expect(footerLine()).not.toBeNull());
    const button = footerLine()!.querySelector('button')!;
    button.click();
    await vi.waitFor(() => expect(footerLine()!.querySelector('[role="status"]')!.textContent).toBe(t.offlineFailed));
    expect(button.disabled).toBe(false);
  });

  it('offers to reload when a new version waits, and reloads once it has taken over', async () => {
    const worker = fakeWorker(() => ({ kept: ['en'], everything: true, everythingBytes: MB }));
    worker.registration.waiting = worker.waiting;
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    install(worker);
    await vi.waitFor(() => expect(document.querySelector('.update-notice')).not.toBeNull());
    expect(footerLine()!.textContent).toBe(t.offlineDone);
    const notice = document.querySelector('.update-notice')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.querySelector('p')!.textContent).toBe(t.updateReady);
    const [reloadButton, later] = notice.querySelectorAll('button');
    expect([reloadButton.textContent, later.textContent]).toEqual([t.updateReload, t.updateDismiss]);
    worker.container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    reloadButton.click();
    expect(worker.waiting.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' });
    worker.container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('update notice', () => {
  it('appears once, and Later puts it away', async () => {
    const { updateNotice } = await import('@/browser/updateNotice');
    const worker = { postMessage: vi.fn() } as unknown as ServiceWorker;
    updateNotice(worker, vi.fn());
    updateNotice(worker, vi.fn());
    expect(document.querySelectorAll('.update-notice')).toHaveLength(1);
    document.querySelector<HTMLButtonElement>('.update-later')!.click();
    expect(document.querySelector('.update-notice')).toBeNull();
    expect(worker.postMessage).not.toHaveBeenCalled();
  });
});
