/**
 * The contract between a widget's placeholder in the static HTML
 * (components/widget/IslandPlaceholder.tsx) and the site script that mounts it
 * (browser/islands.ts): the attribute names, written by `islandAttributes` and read by
 * `readIsland`, so the two sides cannot drift apart.
 */
import type { Locale } from '@/lib/i18n/locales';

/** Attributes of a widget's slot; `readIsland` reads them back. */
export const ISLAND = {
  /** The widget's name (the loader map's key): marks the slot the site script mounts. */
  island: 'data-island',
  /** The same name, kept after mounting: where a presenter dispatches its steps (stepEvent.ts). */
  widget: 'data-widget',
  props: 'data-props',
  lazyAssets: 'data-lazy-assets',
  failed: 'data-failed',
  retry: 'data-retry',
} as const;

/** Classes of the slot and of the placeholder inside it, which the site script fills in if loading fails. */
export const ISLAND_CLASS = {
  slot: 'widget-slot',
  placeholder: 'widget-placeholder',
  placeholderText: 'widget-placeholder-text',
} as const;

/** Selector of every widget slot on a page. */
export const ISLAND_SELECTOR = `[${ISLAND.island}]`;

/**
 * Attribute of a widget's notes (the prose beside its slot), holding the instance id: the
 * content check compares which widgets have notes in each language.
 */
export const WIDGET_NOTES_ATTRIBUTE = 'data-widget-notes';

/** Bubbling event a presenter (or any script) dispatches on an element to mount the widgets inside it at once. */
export const MOUNT_EVENT = 'llmx:mount';

export interface IslandSlot {
  /** Which widget (the loader map's key), e.g. 'attention-explorer'. */
  name: string;
  /** This instance's id on the page: the element's id, the link anchor and the prefix of its URL parameters. */
  id: string;
  /** Props for the widget's component. */
  props: { locale: Locale } & Record<string, unknown>;
  /** Files the widget fetches once open (read by the page-weight report). */
  assets: string[];
  /** Messages shown if loading fails. */
  failed: string;
  retry: string;
}

/** The slot element's attributes, for JSX. */
export function islandAttributes(slot: IslandSlot): Record<string, string | undefined> {
  return {
    id: slot.id,
    [ISLAND.island]: slot.name,
    [ISLAND.widget]: slot.name,
    [ISLAND.props]: JSON.stringify(slot.props),
    [ISLAND.lazyAssets]: slot.assets.length ? slot.assets.join(' ') : undefined,
    [ISLAND.failed]: slot.failed,
    [ISLAND.retry]: slot.retry,
  };
}

/** What the site script reads back from a slot element. */
export function readIsland(element: HTMLElement): Omit<IslandSlot, 'assets'> {
  const name = element.getAttribute(ISLAND.island) ?? '';
  return {
    name,
    id: element.id || name,
    props: JSON.parse(element.getAttribute(ISLAND.props) ?? '{}') as IslandSlot['props'],
    failed: element.getAttribute(ISLAND.failed) ?? 'The interactive figure could not be loaded.',
    retry: element.getAttribute(ISLAND.retry) ?? 'Try again',
  };
}
