'use client';
/**
 * `<HeadGallery />` for the training-and-customization chapter: every layer ×
 * head of the tiny model on the reader's sentence as a small attention map,
 * labelled with the pattern its weights show; one head opens larger. This
 * wrapper owns the shareable state (sentence, layer, head, query row) and waits for the
 * model; GalleryView does the rest.
 */
import { ModelStatus } from '@/components/widget/ModelStatus';
import { useTinyModel } from '@/components/widget/useTinyModel';
import { useUrlState } from '@/components/widget/useUrlState';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import type { Locale } from '@/lib/i18n/locales';
import { GalleryView } from './GalleryView';
import { gallerySchema } from './state';
import { headsStrings } from './strings';

export default function HeadGallery({ locale }: { locale: Locale }) {
  const tiny = useTinyModel(locale);
  const { state, update, rejected, ready } = useUrlState(gallerySchema[locale]);
  if (!tiny.model) {
    return (
      <WidgetFrame locale={locale} title={headsStrings[locale].title} id="head-gallery">
        <ModelStatus locale={locale} state={tiny} minHeight={640} />
      </WidgetFrame>
    );
  }
  return <GalleryView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} urlReady={ready} />;
}
