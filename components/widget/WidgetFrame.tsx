'use client';
/**
 * The common frame of every widget: a title, a toolbar (copy a link to this view,
 * download the picture as SVG or PNG, show the numbers as a table), a polite live
 * region for notices (e.g. a link value that was not valid), the picture, and the table
 * alternative. Widgets put their controls and picture inside.
 */
import { useState, type ReactNode, type RefObject } from 'react';
import { CopyLinkButton } from './CopyLinkButton';
import { LinkIcon } from './LinkIcon';
import { downloadPng, downloadSvg } from './svgExport';
import { widgetStrings } from '@/lib/i18n/widgetStrings';
import type { Locale } from '@/lib/i18n/locales';

interface WidgetFrameProps {
  locale: Locale;
  /** Level of the widget's heading: 3 inside a chapter section (the default), 2 directly under a page's h1. */
  level?: 2 | 3;
  /** Short name shown as the widget's heading, and the base of download file names. */
  title: string;
  /** Stable id for the frame (and its file names), e.g. 'attention-explorer'. */
  id: string;
  /** The picture to download: one SVG, or a container whose SVGs are composed into one file; no download buttons without it. */
  svgRef?: RefObject<SVGSVGElement | HTMLElement | null>;
  /**
   * Accessible alternative: a table of the numbers shown. Pass a function to build the
   * table only while it is open (large tables then cost nothing while the reader types).
   */
  table?: ReactNode | (() => ReactNode);
  /** Messages for the reader (validation, truncation), announced politely. */
  notices?: string[];
  children: ReactNode;
}

export function WidgetFrame({ locale, level = 3, title, id, svgRef, table, notices = [], children }: WidgetFrameProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const t = widgetStrings[locale];
  const [showTable, setShowTable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = (kind: 'svg' | 'png') => {
    const svg = svgRef?.current;
    if (!svg) return;
    setError(null);
    if (kind === 'svg') downloadSvg(svg, id);
    else downloadPng(svg, id).catch((e: Error) => setError(e.message));
  };
  const tableId = `${id}-table`;
  return (
    <section className="widget" aria-labelledby={`${id}-title`} data-widget-frame={id}>
      <div className="widget-head">
        <Heading id={`${id}-title`} className="widget-title">
          {title}
        </Heading>
        <div className="widget-tools" role="toolbar" aria-label={title}>
          <CopyLinkButton label={t.copyView} copiedLabel={t.viewCopied} className="widget-button">
            <LinkIcon />
          </CopyLinkButton>
          {svgRef && (
            <>
              <button type="button" className="widget-button" onClick={() => save('svg')} aria-label={`${title}: SVG`}>
                {t.downloadSvg}
              </button>
              <button type="button" className="widget-button" onClick={() => save('png')} aria-label={`${title}: PNG`}>
                {t.downloadPng}
              </button>
            </>
          )}
          {table && (
            <button type="button" className="widget-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
              {showTable ? t.hideTable : t.showTable}
            </button>
          )}
        </div>
      </div>
      <div className="widget-notices" role="status" aria-live="polite">
        {[...notices, ...(error ? [error] : [])].map((notice) => (
          <p key={notice} className="widget-notice">
            {notice}
          </p>
        ))}
      </div>
      <div className="widget-body">{children}</div>
      {table && (
        <div id={tableId} className="widget-table" hidden={!showTable}>
          {typeof table === 'function' ? showTable && table() : table}
        </div>
      )}
    </section>
  );
}
