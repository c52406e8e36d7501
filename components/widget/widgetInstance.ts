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
}

export const WidgetInstanceContext = createContext<WidgetInstance | null>(null);

export function createWidgetInstance(id: string): WidgetInstance {
  return { id, pending: new Set() };
}

export function useWidgetInstance(): WidgetInstance | null {
  return useContext(WidgetInstanceContext);
}
