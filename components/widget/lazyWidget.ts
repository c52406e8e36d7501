/**
 * Declares a widget as an "island". The chapter's static HTML holds only a placeholder
 * of the widget's height (components/widget/IslandPlaceholder.tsx, so nothing shifts
 * when it arrives) carrying its props as JSON; the site script (lib/client/islands.ts)
 * calls `load` when the reader scrolls near and renders the real component there with
 * React. This module is plain data on purpose: the site script imports every widget's
 * declaration, and must not pull React or the widgets themselves into every page.
 */
import type { ComponentType } from 'react';
import type { Locale } from '@/lib/i18n/locales';

export interface LazyOptions {
  /** Stable name: the island id, e.g. 'attention-explorer'. */
  name: string;
  /** Heading shown in the placeholder, per language. */
  title: Record<Locale, string>;
  /** Space reserved before the widget loads, in CSS pixels. */
  minHeight: number;
  /**
   * Files the widget fetches once open (models, tables), for the page-weight report:
   * one list for every page, or a list per language (e.g. that language's model).
   */
  assets?: string[] | Partial<Record<Locale, string[]>>;
}

export type WidgetProps = { locale: Locale } & Record<string, unknown>;

/** What the registry and the island loader know about a widget. */
export interface LazyWidget {
  /** Loads the widget's real component (a separate chunk). */
  load: () => Promise<{ default: ComponentType<WidgetProps> }>;
  options: LazyOptions;
}

export function lazyWidget(load: LazyWidget['load'], options: LazyOptions): LazyWidget {
  return { load, options };
}

/** The files a widget fetches on a page in `locale`. */
export function widgetAssets(widget: LazyWidget, locale: Locale): string[] {
  const { assets } = widget.options;
  return (Array.isArray(assets) ? assets : assets?.[locale]) ?? [];
}
