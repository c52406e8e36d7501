/** The offline precache list: which files of out/ are kept, at which URL, and a version that follows every change. */
import { describe, expect, it } from 'vitest';
import { firstVisitBytes, groupOf, loadClosure, offlinePlan, precacheList, shouldPrecache, staticImports, urlOf, type SiteFile } from '@/lib/offline/precache';

const file = (path: string, hash = 'h', size = 10): SiteFile => ({ path, hash, size });

describe('urlOf', () => {
  it('serves index.html at its directory', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('en/self-attention/index.html')).toBe('/en/self-attention/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('assets/site-ABC.js')).toBe('/assets/site-ABC.js');
  });
});

describe('shouldPrecache', () => {
  it.each([
    ['en/self-attention/index.html', true],
    ['en/self-attention/present/index.html', true],
    ['assets/chunks/react-X.js', true],
    ['models/en/model.bin', true],
    ['pagefind/zh/pagefind.js', true],
    ['pagefind/zh/fragment/zh_1.pf_fragment', true],
    ['_next/static/chunks/abc.css', true],
    ['_next/static/media/KaTeX_Main-Regular.woff2', true],
    ['favicon.svg', true],
    ['_next/static/media/KaTeX_Main-Regular.woff', false],
    ['_next/static/media/KaTeX_Main-Regular.ttf', false],
    ['_next/static/chunks/leftover.js', false],
    ['og/en/self-attention.png', false],
    ['sw.js', false],
    ['pagefind/en/playground/index.html', false],
    ['pagefind/en/pagefind-ui.js', false],
    ['pagefind/zh/pagefind-modular-ui.css', false],
    ['pagefind/zh/pagefind-worker.js', true],
    ['pagefind/zh/wasm.unknown.pagefind', true],
    ['index.txt', false],
  ])('%s → %s', (path, expected) => {
    expect(shouldPrecache(path)).toBe(expected);
  });
});

describe('precacheList', () => {
  const site = [file('index.html', 'a', 100), file('en/index.html', 'b', 200), file('og/en/a.png', 'c', 5000), file('assets/site.js', 'd', 50)];

  it('lists kept files as sorted URLs with their total size', () => {
    const list = precacheList(site);
    expect(list.urls).toEqual(['/', '/assets/site.js', '/en/']);
    expect(list.bytes).toBe(350);
    expect(list.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the version when nothing changes, whatever the order of the files', () => {
    expect(precacheList([...site].reverse()).version).toBe(precacheList(site).version);
  });

  it('changes the version when a page changes, or a file is added', () => {
    const base = precacheList(site).version;
    expect(precacheList(site.map((f) => (f.path === 'en/index.html' ? { ...f, hash: 'b2' } : f))).version).not.toBe(base);
    expect(precacheList([...site, file('zh/index.html')]).version).not.toBe(base);
  });

  it('keeps the version when only an excluded file changes', () => {
    expect(precacheList(site.map((f) => (f.path.startsWith('og/') ? { ...f, hash: 'new' } : f))).version).toBe(precacheList(site).version);
  });
});

describe('groupOf', () => {
  const locales = ['en', 'zh'];
  it.each([
    ['index.html', 'core'],
    ['404.html', 'core'],
    ['assets/site-ABC.js', 'core'],
    ['assets/chunks/AttentionExplorer-X1.js', 'extra'],
    ['assets/model-worker-X1.js', 'core'],
    ['_next/static/chunks/abc.css', 'core'],
    ['_next/static/media/KaTeX_Main-Regular.woff2', 'core'],
    ['en/index.html', 'en'],
    ['en/self-attention/index.html', 'en'],
    ['zh/glossary/index.html', 'zh'],
    ['models/zh/weights.bin', 'zh'],
    ['models/en/model.json', 'en'],
    ['models/zh/learned-positions.json', 'zh'],
    ['en/self-attention/present/index.html', 'extra'],
    ['assets/chunks/o200k_base-MCEV53I5.js', 'extra'],
    ['assets/chunks/r50k_base-A3VQBP7L.js', 'extra'],
    ['pagefind/en/pagefind.js', 'extra'],
    ['assets/train-worker-SZTM24IE.js', 'extra'],
    ['assets/chunks/TrainItYourself-7GTWW6NH.js', 'extra'],
    ['models/en/training-log.json', 'extra'],
  ])('%s → %s', (path, expected) => {
    expect(groupOf(path, locales)).toBe(expected);
  });
});

describe('the site script’s chunks', () => {
  const code: Record<string, string> = {
    'assets/site-A.js': 'import{a as g}from"./chunks/chunk-1.js";import"./chunks/chunk-2.js";const w=()=>import("./chunks/Widget-W.js");',
    'assets/chunks/chunk-1.js': 'import{b}from"./chunk-3.js";export{b as a};',
    'assets/chunks/chunk-2.js': '',
    'assets/chunks/chunk-3.js': '',
    'assets/chunks/Widget-W.js': 'import{a}from"./chunk-1.js";',
  };
  it('follows static imports, not dynamic ones, relative to each file', () => {
    expect(staticImports('assets/site-A.js', code['assets/site-A.js'])).toEqual(['assets/chunks/chunk-1.js', 'assets/chunks/chunk-2.js']);
    const closure = loadClosure('assets/site-A.js', (p) => code[p]);
    expect([...closure].sort()).toEqual(['assets/chunks/chunk-1.js', 'assets/chunks/chunk-2.js', 'assets/chunks/chunk-3.js', 'assets/site-A.js']);
    expect(groupOf('assets/chunks/chunk-3.js', ['en'], closure)).toBe('core');
    expect(groupOf('assets/chunks/Widget-W.js', ['en'], closure)).toBe('extra');
  });
});

describe('offlinePlan', () => {
  const site = [
    file('index.html', 'a', 100),
    file('en/index.html', 'b', 200),
    file('zh/index.html', 'c', 300),
    file('models/en/weights.bin', 'd', 1000),
    file('en/x/present/index.html', 'e', 4000),
    file('pagefind/en/pagefind.js', 'f', 8000),
    file('og/en/a.png', 'g', 5000),
  ];
  const plan = offlinePlan(site, ['en', 'zh']);

  it('splits the kept files into groups with their sizes, leaving out what is not kept', () => {
    expect(plan.groups.core).toEqual({ urls: ['/'], bytes: 100 });
    expect(plan.groups.en).toEqual({ urls: ['/en/', '/models/en/weights.bin'], bytes: 1200 });
    expect(plan.groups.zh).toEqual({ urls: ['/zh/'], bytes: 300 });
    expect(plan.groups.extra).toEqual({ urls: ['/en/x/present/', '/pagefind/en/pagefind.js'], bytes: 12000 });
    expect(plan.bytes).toBe(100 + 200 + 300 + 1000 + 4000 + 8000);
    expect(plan.version).toBe(precacheList(site).version);
  });

  it('counts the core and one language for a first visit', () => {
    expect(firstVisitBytes(plan, 'en')).toBe(1300);
    expect(firstVisitBytes(plan, 'zh')).toBe(400);
  });
});
