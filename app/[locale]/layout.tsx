/** Root layout of each language: `<html lang>` per language, theme set before paint. */
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import '../globals.css';
import { SiteScript } from '@/components/layout/SiteScript';
import { ThemeScript } from '@/components/layout/ThemeScript';
import { clientManifest } from '@/lib/clientAssets.server';
import { isLocale, languageTag, locales } from '@/lib/i18n/locales';

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
        <SiteScript src={clientManifest().site} locale={locale} />
      </head>
      <body>{children}</body>
    </html>
  );
}
