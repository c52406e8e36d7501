/**
 * What a widget is in the static HTML: a box of its reserved height with its title, a
 * loading line (and, without JavaScript, a note that the text explains the same idea),
 * and the data the site script needs to mount it: island name, props as JSON, and the
 * files it will fetch (read by the page-weight report).
 */
import type { LazyWidget, WidgetProps } from './lazyWidget';
import { widgetAssets } from './lazyWidget';
import { widgetStrings } from '@/lib/i18n/widgetStrings';

export function IslandPlaceholder({ widget, props }: { widget: LazyWidget; props: WidgetProps }) {
  const { options } = widget;
  const t = widgetStrings[props.locale];
  const assets = widgetAssets(widget, props.locale);
  return (
    <div
      data-island={options.name}
      data-props={JSON.stringify(props)}
      data-lazy-assets={assets.length ? assets.join(' ') : undefined}
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
