'use client';
/**
 * `<HeadGallery />` for the training-and-customization chapter: every layer ×
 * head of the tiny model on the reader's sentence as a small attention map,
 * labelled with the pattern its weights show; one head opens larger. This
 * wrapper owns the shareable state (sentence, layer, head, query row) and waits for the
 * model; GalleryView does the rest.
 */
import { ModelLoadingFrame } from '@/components/widget/ModelStatus';
import { useModelWidget } from '@/components/widget/useModelWidget';
import type { Locale } from '@/lib/i18n/locales';
import { encode } from '@/lib/model/tokenizer';
import type { TinyModel } from '@/lib/model/types';
import { GalleryView } from './GalleryView';
import { checkAgainstModel, gallerySchema, type GalleryState } from './state';
import { headsStrings } from './strings';

const checkLink = (state: GalleryState, model: TinyModel) => checkAgainstModel(state, model.config, encode(model, state.sentence).ids.length);

export default function HeadGallery({ locale }: { locale: Locale }) {
  const { tiny, state, update, rejected } = useModelWidget(locale, gallerySchema[locale], checkLink);
  if (!tiny.model) {
    return <ModelLoadingFrame locale={locale} title={headsStrings[locale].title} id="head-gallery" state={tiny} minHeight={640} />;
  }
  return <GalleryView locale={locale} model={tiny.model} state={state} update={update} rejected={rejected} />;
}
