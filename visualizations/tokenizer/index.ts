/**
 * `<TokenizerPlayground />` in tokens-and-embeddings: its declaration (plain data). In
 * the browser it fetches the page language's tiny model and, as separate chunks, the
 * r50k_base (GPT-2), cl100k_base and o200k_base tables (never in the first load).
 */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { tokenizerStrings } from './strings';

export const TokenizerPlayground = defineWidget({
  name: 'tokenizer-playground',
  title: titleFrom((locale) => tokenizerStrings[locale].title),
  minHeight: 1400,
  assets: modelAssets,
});
