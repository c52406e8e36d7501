'use client';
/** `<GenerationStepperCompact />` (getting-started): the generation widget without the per-layer path. */
import type { Locale } from '@/lib/i18n/locales';
import GenerationStepper from './GenerationStepper';

export default function GenerationStepperCompact({ locale }: { locale: Locale }) {
  return <GenerationStepper locale={locale} compact />;
}
