'use client';
/**
 * Makes a widget load only when the reader scrolls near it: until then (and in the static
 * HTML, and without JavaScript) a placeholder of the widget's height holds its place, so
 * nothing shifts when it arrives, and the chapter's text never waits for widget code.
 */
import { Component, lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';

interface LazyOptions {
  /** Stable name, used as data-widget. */
  name: string;
  /** Heading shown in the placeholder, per language. */
  title: Record<Locale, string>;
  /** Space reserved before the widget loads, in CSS pixels. */
  minHeight: number;
  /** Files the widget fetches once open (models, tables), for the page-weight report. */
  assets?: string[];
}

type WidgetProps = { locale: Locale } & Record<string, unknown>;

class LoadBoundary extends Component<{ fallback: (retry: () => void) => ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

export function lazyWidget(load: () => Promise<{ default: ComponentType<WidgetProps> }>, options: LazyOptions) {
  const Inner = lazy(load);
  function LazyWidget(props: WidgetProps) {
    const box = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    const t = widgetStrings[props.locale];
    useEffect(() => {
      const element = box.current;
      if (!element) return;
      if (typeof IntersectionObserver === 'undefined' || location.hash.includes('slide-')) {
        setNear(true);
        return;
      }
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '600px 0px' });
      observer.observe(element);
      return () => observer.disconnect();
    }, []);
    const placeholder = (message: string) => (
      <div className="widget widget-placeholder" style={{ minHeight: options.minHeight }}>
        <p className="widget-title">{options.title[props.locale]}</p>
        <p className="widget-placeholder-text">{message}</p>
      </div>
    );
    return (
      <div ref={box} data-widget={options.name} data-lazy-assets={options.assets?.join(' ')} className="widget-slot" style={{ minHeight: options.minHeight }}>
        {near ? (
          <LoadBoundary
            fallback={(retry) => (
              <div className="widget widget-placeholder" role="alert" style={{ minHeight: options.minHeight }}>
                <p>{t.loadFailed}</p>
                <button type="button" className="widget-button" onClick={retry}>
                  {t.retry}
                </button>
              </div>
            )}
          >
            <Suspense fallback={placeholder(t.loading)}>
              <Inner {...props} />
            </Suspense>
          </LoadBoundary>
        ) : (
          <>
            {placeholder(t.loading)}
            <noscript>
              <p className="widget-placeholder-text">{t.needsScript}</p>
            </noscript>
          </>
        )}
      </div>
    );
  }
  LazyWidget.displayName = `Lazy(${options.name})`;
  return LazyWidget;
}
