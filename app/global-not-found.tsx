/**
 * The 404 page for any unknown address, exported as `out/404.html`. It speaks both
 * languages, Chinese first when the missing address is under `/zh/`.
 */
import type { Metadata } from 'next';
import './globals.css';
import { ThemeScript } from '@/components/layout/ThemeScript';
import { strings } from '@/lib/i18n/strings';

export const metadata: Metadata = {
  title: `${strings.en.notFoundTitle} · ${strings.zh.notFoundTitle}`,
  description: strings.en.notFoundBody,
  robots: { index: false },
  icons: { icon: '/favicon.svg' },
};

const zhFirst = `try{if(location.pathname.indexOf('/zh/')===0){document.documentElement.dataset.prefer='zh';document.documentElement.lang='zh-Hans'}}catch(e){}`;

export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
        <script dangerouslySetInnerHTML={{ __html: zhFirst }} />
      </head>
      <body>
        <main id="main" className="chooser not-found">
          <h1>
            <span lang="en">{strings.en.notFoundTitle}</span>
            <span className="chooser-sep" aria-hidden="true">
              {' '}
              ·{' '}
            </span>
            <span lang="zh-Hans">{strings.zh.notFoundTitle}</span>
          </h1>
          <ul className="chooser-list">
            <li className="chooser-en" lang="en">
              <p>{strings.en.notFoundBody}</p>
              <a href="/en/">{strings.en.notFoundBack}</a>
            </li>
            <li className="chooser-zh" lang="zh-Hans">
              <p>{strings.zh.notFoundBody}</p>
              <a href="/zh/">{strings.zh.notFoundBack}</a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
