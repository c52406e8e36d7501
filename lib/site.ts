/**
 * Where the site lives and how each page describes itself to browsers, search engines
 * and link previews: canonical URL, hreflang alternates and Open Graph tags.
 */
import type { Metadata } from 'next';
import { languageTag, locales, type Locale } from './i18n/locales';
import { strings } from './i18n/strings';

/** The public origin, for canonical and Open Graph URLs. Set SITE_URL when deploying. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');

interface PageMetaInput {
  locale: Locale;
  /** Path after the locale, with a trailing slash: '' for the home, 'self-attention/' for a chapter. */
  path: string;
  title: string;
  description: string;
  /** The page's own preview image (1200×630), e.g. a chapter's, made by scripts/build/og-images.ts. */
  image?: { url: string; alt: string };
}

/** Where scripts/build/og-images.ts writes a chapter's Open Graph image. */
export const ogImagePath = (locale: Locale, slug: string) => `/og/${locale}/${slug}.png`;

/** Metadata for a page that exists in every language at `/<locale>/<path>`. */
export function pageMetadata({ locale, path, title, description, image }: PageMetaInput): Metadata {
  const url = `/${locale}/${path}`;
  const languages = Object.fromEntries(locales.map((l) => [languageTag[l], `/${l}/${path}`]));
  return {
    metadataBase: new URL(siteUrl),
    title,
    description,
    alternates: { canonical: url, languages: { ...languages, 'x-default': `/en/${path}` } },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: strings[locale].siteName,
      locale: locale === 'zh' ? 'zh_CN' : 'en_US',
      alternateLocale: locale === 'zh' ? 'en_US' : 'zh_CN',
      ...(image && { images: [{ url: image.url, width: 1200, height: 630, alt: image.alt, type: 'image/png' }] }),
    },
    ...(image && { twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] } }),
    icons: { icon: '/favicon.svg' },
  };
}
