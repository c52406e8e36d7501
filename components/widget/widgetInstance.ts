/**
 * Which widget instance a component belongs to: its id on the page (the slot's id, see
 * lib/widgets/widgetLink.ts) and the URL writes it still has pending. The site script
 * provides it when it mounts a widget (browser/islands.ts); without it (tests, a widget
 * rendered on its own) parameters are read and written without a prefix.
 */
import { createContext, useContext } from 'react';

export interface WidgetInstance {
  id: string;
  /** Writers of state not yet in the URL (useUrlState debounces); the copy-link button runs them first. */
  pending: Set<() => void>;
  /** True when the widget sits on a presenter slide: it then shows its slide layout (SlideFold.tsx). */
  onSlide: boolean;
}

export const WidgetInstanceContext = createContext<WidgetInstance | null>(null);

export function createWidgetInstance(id: string, onSlide = false): WidgetInstance {
  return { id, pending: new Set(), onSlide };
}

export function useWidgetInstance(): WidgetInstance | null {
  return useContext(WidgetInstanceContext);
}

/** True inside a widget mounted on a presenter slide. */
export function useOnSlide(): boolean {
  return useContext(WidgetInstanceContext)?.onSlide ?? false;
}
