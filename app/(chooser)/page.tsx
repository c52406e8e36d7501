/**
 * `/`: choose a language. Both choices are plain links, so it works without JavaScript
 * and never strands a reader on a blank redirect; a tiny inline script puts the
 * browser's preferred language first.
 */
import type { Metadata } from 'next';
import { BothLanguages } from '@/components/layout/BothLanguages';
import { languageName, languageTag } from '@/lib/i18n/locales';
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
    <BothLanguages
      before={<script dangerouslySetInnerHTML={{ __html: preferChinese }} />}
      title={{ en: strings.en.siteName, zh: strings.zh.siteName }}
      column={(locale) => (
        <a href={`/${locale}/`} hrefLang={languageTag[locale]}>
          <span className="chooser-lang">{languageName[locale]}</span>
          <span className="chooser-desc">{strings[locale].siteTagline}</span>
        </a>
      )}
    />
  );
}
