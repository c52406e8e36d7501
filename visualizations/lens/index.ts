/** `<LogitLens />` in transformer-blocks: its declaration (plain data; the code loads in the browser). */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { lensStrings } from './strings';

export const LogitLens = defineWidget({
  name: 'logit-lens',
  title: titleFrom((locale) => lensStrings[locale].title),
  minHeight: 620,
  assets: modelAssets,
});
