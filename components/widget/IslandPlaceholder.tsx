/**
 * What a widget is in the static HTML: a box of its reserved height with its title, a
 * loading line (and, without JavaScript, a note that the text explains the same idea),
 * and the data the site script needs to mount it (lib/markup/island.ts): widget name,
 * instance id, props as JSON, and the files it will fetch (read by the page-weight
 * report).
 */
import type { WidgetDeclaration, WidgetProps } from './widgetDeclaration';
import { widgetAssets } from './widgetDeclaration';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { islandAttributes } from '@/lib/markup/island';

interface IslandPlaceholderProps {
  widget: WidgetDeclaration;
  props: WidgetProps;
  /** The instance's id on the page; the widget's name unless the page has several. */
  id?: string;
}

export function IslandPlaceholder({ widget, props, id = widget.name }: IslandPlaceholderProps) {
  const t = widgetStrings[props.locale];
  const slot = { name: widget.name, id, props, assets: widgetAssets(widget, props.locale), failed: t.loadFailed, retry: t.retry };
  return (
    <div {...islandAttributes(slot)} className="widget-slot" style={{ minHeight: widget.minHeight }}>
      <div className="widget widget-placeholder" style={{ minHeight: widget.minHeight }}>
        <p className="widget-title">{widget.title[props.locale]}</p>
        <p className="widget-placeholder-text">{t.loading}</p>
        <noscript>
          <p className="widget-placeholder-text">{t.needsScript}</p>
        </noscript>
      </div>
    </div>
  );
}
