/** Root layout of each language: `<html lang>` per language, theme set before paint. */
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import '../globals.css';
import { ThemeScript } from '@/components/layout/ThemeScript';
import { clientManifest } from '@/lib/clientAssets.server';
import { isLocale, languageTag, locales } from '@/lib/i18n/locales';
import { clientStrings } from '@/lib/i18n/strings';
import { SITE_SCRIPT } from '@/lib/markup/chrome';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={languageTag[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <script type="module" src={clientManifest().site} {...{ [SITE_SCRIPT.script]: true, [SITE_SCRIPT.ui]: JSON.stringify(clientStrings[locale]) }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
