/**
 * Interactive widgets available to MDX, by tag name. Each is a client component from
 * `visualizations/<widget>/`; the registry injects `locale`. Chapters that use any of
 * these tags count as widget chapters for the page-weight budget.
 */
import type { ComponentType } from 'react';
import type { Locale } from '@/lib/i18n/locales';

export type WidgetComponent = ComponentType<{ locale: Locale } & Record<string, unknown>>;

export const widgets: Record<string, WidgetComponent> = {};
