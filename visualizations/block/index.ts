/** `<TransformerBlockExplorer />` in transformer-blocks: its declaration (plain data; the code loads in the browser). */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { blockStrings } from './strings';

export const TransformerBlockExplorer = defineWidget({
  name: 'transformer-block-explorer',
  title: titleFrom((locale) => blockStrings[locale].title),
  minHeight: 1500,
  assets: modelAssets,
});
