/** `<PositionalEncodingExplorer />` in positional-encoding: its declaration (plain data; the code loads in the browser). */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { positionalStrings } from './strings';

export const PositionalEncodingExplorer = defineWidget({
  name: 'positional-encoding-explorer',
  title: titleFrom((locale) => positionalStrings[locale].title),
  minHeight: 900,
  assets: modelAssets,
});
