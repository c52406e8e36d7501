/**
 * What the server knows about a widget: plain data (name, title, reserved height, the
 * files it fetches), rendered as the widget's placeholder in the static HTML
 * (IslandPlaceholder.tsx). The widget's code is not here: the site script's loader map
 * (browser/widgetLoaders.ts) is the only place that imports it, so Next's build never
 * sees a widget, and the site script does not carry these declarations.
 */
import { locales, type Locale } from '@/lib/i18n/locales';
import { modelFiles } from './modelFiles';

export interface WidgetDeclaration {
  /** Stable name: the key of the loader map and the id of the widget's first instance on a page, e.g. 'attention-explorer'. */
  name: string;
  /** Heading shown in the placeholder, per language (the widget's own strings table's title). */
  title: Record<Locale, string>;
  /** Space reserved before the widget loads, in CSS pixels. */
  minHeight: number;
  /**
   * Files the widget fetches once open (models, tables), for the page-weight report:
   * one list for every page, or a list per language (e.g. that language's model).
   */
  assets?: string[] | Partial<Record<Locale, string[]>>;
}

/** Props every widget receives: its page's language, and the props written on its MDX tag. */
export type WidgetProps = { locale: Locale } & Record<string, unknown>;

export function defineWidget(declaration: WidgetDeclaration): WidgetDeclaration {
  return declaration;
}

/** A title per language, read from a widget's strings table so it is written once. */
export function titleFrom(read: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, read(locale)])) as Record<Locale, string>;
}

/** The tiny model's files in each language, fetched by every widget that runs it. */
export const modelAssets: Record<Locale, string[]> = modelFiles('model.json', 'weights.bin');

/** The files a widget fetches on a page in `locale`. */
export function widgetAssets(widget: WidgetDeclaration, locale: Locale): string[] {
  const { assets } = widget;
  return (Array.isArray(assets) ? assets : assets?.[locale]) ?? [];
}
