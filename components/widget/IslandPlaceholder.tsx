/**
 * What a widget is in the static HTML: a box of its reserved height with its title, a
 * loading line (and, without JavaScript, a note that the text explains the same idea),
 * and the data the site script needs to mount it (lib/markup/island.ts): widget name,
 * instance id, props as JSON, and the files it will fetch (read by the page-weight
 * report).
 *
 * A widget's notes (the children of its MDX tag: what the picture shows, what its terms
 * mean) are chapter prose, rendered here beside the slot rather than inside it. The site
 * script empties the slot and hands it to the widget, so text inside would be wiped;
 * beside it, the notes are in the HTML for readers without JavaScript and for the search
 * index, and the two languages' notes are checked like the rest of the chapter. Slides
 * leave them out (a widget fills its slide): the presenter finds them in the speaker
 * notes of the slide that shows the widget (components/present/PresenterView.tsx).
 */
import type { ReactNode } from 'react';
import type { WidgetDeclaration, WidgetProps } from './widgetDeclaration';
import { widgetAssets } from './widgetDeclaration';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import { ISLAND_CLASS, islandAttributes, WIDGET_NOTES_ATTRIBUTE } from '@/lib/markup/island';

interface IslandPlaceholderProps {
  widget: WidgetDeclaration;
  props: WidgetProps;
  /** The instance's id on the page; the widget's name unless the page has several. */
  id?: string;
  /** The widget's notes: prose shown below it, outside the part the widget replaces. */
  children?: ReactNode;
  /** True on presenter slides, which show the widget without its notes. */
  onSlide?: boolean;
}

export function IslandPlaceholder({ widget, props, id = widget.name, children, onSlide = false }: IslandPlaceholderProps) {
  const t = widgetStrings[props.locale];
  const slot = { name: widget.name, id, props, assets: widgetAssets(widget, props.locale), failed: t.loadFailed, retry: t.retry };
  const island = (
    <div {...islandAttributes(slot)} className={ISLAND_CLASS.slot} style={{ minHeight: widget.minHeight }}>
      <div className={`widget ${ISLAND_CLASS.placeholder}`} style={{ minHeight: widget.minHeight }}>
        <p className="widget-title">{widget.title[props.locale]}</p>
        <p className={ISLAND_CLASS.placeholderText}>{t.loading}</p>
        <noscript>
          <p className={ISLAND_CLASS.placeholderText}>{t.needsScript}</p>
        </noscript>
      </div>
    </div>
  );
  if (onSlide || children === undefined || children === null || children === false) return island;
  return (
    <div className="widget-with-notes">
      {island}
      <div className="widget-notes" {...{ [WIDGET_NOTES_ATTRIBUTE]: id }}>
        {children}
      </div>
    </div>
  );
}
