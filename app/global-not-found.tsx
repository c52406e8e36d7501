/**
 * The 404 page for any unknown address, exported as `out/404.html`. It speaks both
 * languages, Chinese first when the missing address is under `/zh/`.
 */
import type { Metadata } from 'next';
import './globals.css';
import { ThemeScript } from '@/components/layout/ThemeScript';
import { BothLanguages } from '@/components/layout/BothLanguages';
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
        <BothLanguages
          className="not-found"
          title={{ en: strings.en.notFoundTitle, zh: strings.zh.notFoundTitle }}
          column={(locale) => (
            <>
              <p>{strings[locale].notFoundBody}</p>
              <a href={`/${locale}/`}>{strings[locale].notFoundBack}</a>
            </>
          )}
        />
      </body>
    </html>
  );
}
