/**
 * The attention widgets' declarations (plain data; the code loads in the browser through
 * browser/widgetLoaders.ts): `<AttentionExplorer />` and `<AttentionByHand />` in
 * self-attention, `<AttentionExplorerCompact />` in transformer-blocks.
 */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { byHandStrings } from './byHandStrings';
import { attentionStrings } from './strings';

export const AttentionExplorer = defineWidget({
  name: 'attention-explorer',
  title: titleFrom((locale) => attentionStrings[locale].title),
  minHeight: 900,
  assets: modelAssets,
});

export const AttentionByHand = defineWidget({
  name: 'attention-by-hand',
  title: titleFrom((locale) => byHandStrings[locale].title),
  minHeight: 560,
});

export const AttentionExplorerCompact = defineWidget({
  name: 'attention-explorer-compact',
  title: titleFrom((locale) => attentionStrings[locale].compactTitle),
  minHeight: 640,
  assets: modelAssets,
});
