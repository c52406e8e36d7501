/** Root layout of the language chooser at `/`, which belongs to neither language. */
import type { ReactNode } from 'react';
import '../globals.css';
import { ThemeScript } from '@/components/layout/ThemeScript';

export default function ChooserLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>{children}</body>
    </html>
  );
}
