/** `<HeadGallery />` in training-and-customization: its declaration (plain data; the code loads in the browser). */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { headsStrings } from './strings';

export const HeadGallery = defineWidget({
  name: 'head-gallery',
  title: titleFrom((locale) => headsStrings[locale].title),
  minHeight: 1100,
  assets: modelAssets,
});
