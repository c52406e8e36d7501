/**
 * The one map from MDX tag names to React components. Chapters never import anything:
 * every tag they use resolves here, bound to the page's language (and, for quizzes, its
 * slug). Client components reach MDX only through this map.
 */
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { Callout } from './Callout';
import { Summary, WhatYouWillLearn } from './ChapterSections';
import { Heading, textContent } from './Heading';
import { Quiz } from './Quiz';
import { SpeakerNotes } from './SpeakerNotes';
import { Term } from './Term';
import { widgets } from './widgets';
import { figures } from '@/components/figures';
import { IslandPlaceholder } from '@/components/widget/IslandPlaceholder';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { Locale } from '@/lib/i18n/locales';
import { SCROLLABLE } from '@/lib/markup/chrome';
import { keepBodyRows } from '@/components/present/tableRows';

interface RegistryContext {
  locale: Locale;
  slug: string;
  glossary: Map<string, GlossaryEntry>;
  /** 'present' for the presenter view, where speaker notes are rendered (hidden from the slides). */
  mode?: 'page' | 'present';
}

type AnyProps = Record<string, unknown> & { children?: ReactNode };

/** Binds `locale` into every component of a record. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- components with different props share one record
function withLocale(record: Record<string, ComponentType<any>>, locale: Locale) {
  return Object.fromEntries(
    Object.entries(record).map(([name, Component]) => {
      const Bound = (props: AnyProps) => <Component {...props} locale={locale} />;
      Bound.displayName = name;
      return [name, Bound];
    }),
  );
}

/** Names of the tags that make a chapter a widget chapter. */
export const widgetTags = (): string[] => Object.keys(widgets);

export function mdxComponents({ locale, slug, glossary, mode = 'page' }: RegistryContext) {
  // A widget's first instance on the page is known by its name, later ones as name-2, name-3…
  // (the page and its slides render the same tags in the same order, so ids match).
  const instances = new Map<string, number>();
  const instanceId = (name: string) => {
    const count = (instances.get(name) ?? 0) + 1;
    instances.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  };
  return {
    h2: (props: ComponentProps<'h2'>) => (
      <Heading id={props.id} level={2} locale={locale}>
        {props.children}
      </Heading>
    ),
    h3: (props: ComponentProps<'h3'>) => (
      <Heading id={props.id} level={3} locale={locale}>
        {props.children}
      </Heading>
    ),
    table: ({ rows, children, ...props }: ComponentProps<'table'> & { rows?: string }) => (
      // a tab stop from the start, in case the table scrolls (browser/chrome.ts removes it when it fits)
      <div className={SCROLLABLE.tableWrap} tabIndex={0}>
        <table {...props}>{rows ? keepBodyRows(children, rows) : children}</table>
      </div>
    ),
    // An empty header cell (a table's top-left corner) is a plain cell: headers must have text.
    th: ({ children, ...props }: ComponentProps<'th'>) => (textContent(children) ? <th {...props}>{children}</th> : <td {...(props as ComponentProps<'td'>)} />),
    a: ({ href = '', ...props }: ComponentProps<'a'>) => (/^https?:\/\//.test(href) ? <a href={href} rel="noopener noreferrer" {...props} /> : <a href={href} {...props} />),
    Term: ({ id, children }: { id: string; children: ReactNode }) => {
      const entry = glossary.get(id);
      if (!entry) throw new Error(`content/${locale}/${slug}.mdx: <Term id="${id}"> is not in the glossary`);
      return (
        <Term id={id} locale={locale} entry={entry}>
          {children}
        </Term>
      );
    },
    Callout: (props: Omit<ComponentProps<typeof Callout>, 'locale'>) => <Callout {...props} locale={locale} />,
    Quiz: (props: AnyProps) => <Quiz {...props} locale={locale} slug={slug} />,
    WhatYouWillLearn: ({ children }: { children: ReactNode }) => <WhatYouWillLearn locale={locale}>{children}</WhatYouWillLearn>,
    Summary: ({ children }: { children: ReactNode }) => <Summary locale={locale}>{children}</Summary>,
    SpeakerNotes: ({ children }: { children?: ReactNode }) => <SpeakerNotes mode={mode}>{children}</SpeakerNotes>,
    ...withLocale(figures, locale),
    ...Object.fromEntries(
      Object.entries(widgets).map(([tag, widget]) => {
        // The tag's children are the widget's notes (chapter prose), not a prop of the widget; slides leave them out.
        const Island = ({ children, ...props }: AnyProps) => (
          <IslandPlaceholder widget={widget} props={{ ...props, locale }} id={instanceId(widget.name)} onSlide={mode === 'present'}>
            {children}
          </IslandPlaceholder>
        );
        Island.displayName = tag;
        return [tag, Island];
      }),
    ),
  };
}
