/**
 * `/`: choose a language. Both choices are plain links, so it works without JavaScript
 * and never strands a reader on a blank redirect; a tiny inline script puts the
 * browser's preferred language first.
 */
import type { Metadata } from 'next';
import { strings } from '@/lib/i18n/strings';
import { siteUrl } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: `${strings.en.siteName} · ${strings.zh.siteName}`,
  description: `${strings.en.siteTagline} ${strings.zh.siteTagline}`,
  alternates: { canonical: '/', languages: { en: '/en/', 'zh-Hans': '/zh/', 'x-default': '/' } },
  openGraph: { type: 'website', url: '/', title: strings.en.siteName, description: strings.en.siteTagline },
  icons: { icon: '/favicon.svg' },
};

const preferChinese = `try{if(/^zh\\b/i.test(navigator.language||'')){document.documentElement.dataset.prefer='zh'}}catch(e){}`;

export default function LanguageChooser() {
  return (
    <main id="main" className="chooser">
      <script dangerouslySetInnerHTML={{ __html: preferChinese }} />
      <h1>
        <span lang="en">{strings.en.siteName}</span>
        <span className="chooser-sep" aria-hidden="true">
          {' '}
          ·{' '}
        </span>
        <span lang="zh-Hans">{strings.zh.siteName}</span>
      </h1>
      <ul className="chooser-list">
        <li className="chooser-en" lang="en">
          <a href="/en/" hrefLang="en">
            <span className="chooser-lang">English</span>
            <span className="chooser-desc">{strings.en.siteTagline}</span>
          </a>
        </li>
        <li className="chooser-zh" lang="zh-Hans">
          <a href="/zh/" hrefLang="zh-Hans">
            <span className="chooser-lang">中文</span>
            <span className="chooser-desc">{strings.zh.siteTagline}</span>
          </a>
        </li>
      </ul>
    </main>
  );
}
