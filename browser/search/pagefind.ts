/**
 * Loads the two Pagefind bundles written by scripts/build/search-index.ts, one per language
 * (`/pagefind/en/`, `/pagefind/zh/`), each indexed with its own language so Chinese is
 * segmented into words. Each bundle's pagefind.js is a separate module, hence a separate
 * Pagefind instance: both languages can be searched at once, each with its own analyser.
 */
import { toHit, type PagefindData, type SearchHit } from '@/lib/search/results';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const loaded = new Map<string, Promise<PagefindModule>>();

function bundle(locale: string): Promise<PagefindModule> {
  let module = loaded.get(locale);
  if (!module) {
    const url = `/pagefind/${locale}/pagefind.js`;
    module = (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (pagefind) => {
      await pagefind.options({ baseUrl: '/', excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    });
    module.catch(() => loaded.delete(locale));
    loaded.set(locale, module);
  }
  return module;
}

/** Starts loading a language's index ahead of the first query. */
export function preload(locale: string): void {
  void bundle(locale).catch(() => undefined);
}

/** The best `limit` pages for `query` in one language. */
export async function searchIn(locale: string, query: string, limit = 6): Promise<SearchHit[]> {
  const pagefind = await bundle(locale);
  const found = await pagefind.search(query);
  if (!found) return [];
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => toHit(d));
}
