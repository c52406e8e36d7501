/**
 * Declares a widget as an "island": in the static HTML it is only a placeholder of the
 * widget's height (so nothing shifts when it arrives) carrying its props as JSON; the
 * site script (lib/client/islands.ts) calls `load` when the reader scrolls near, and
 * renders the real component there with React. The chapter's text never waits for
 * widget code, and pages without widgets load no framework at all.
 */
import type { ComponentType } from 'react';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';

export interface LazyOptions {
  /** Stable name: the MDX tag's island id, e.g. 'attention-explorer'. */
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
  (props: WidgetProps): React.JSX.Element;
  /** Loads the widget's real component (a separate chunk). */
  load: () => Promise<{ default: ComponentType<WidgetProps> }>;
  options: LazyOptions;
}

export function lazyWidget(load: LazyWidget['load'], options: LazyOptions): LazyWidget {
  function Placeholder(props: WidgetProps) {
    const t = widgetStrings[props.locale];
    const assets = Array.isArray(options.assets) ? options.assets : options.assets?.[props.locale];
    return (
      <div
        data-island={options.name}
        data-props={JSON.stringify(props)}
        data-lazy-assets={assets?.join(' ')}
        data-failed={t.loadFailed}
        data-retry={t.retry}
        data-widget={options.name}
        className="widget-slot"
        style={{ minHeight: options.minHeight }}
      >
        <div className="widget widget-placeholder" style={{ minHeight: options.minHeight }}>
          <p className="widget-title">{options.title[props.locale]}</p>
          <p className="widget-placeholder-text">{t.loading}</p>
          <noscript>
            <p className="widget-placeholder-text">{t.needsScript}</p>
          </noscript>
        </div>
      </div>
    );
  }
  const widget = Placeholder as LazyWidget;
  widget.load = load;
  widget.options = options;
  return widget;
}
