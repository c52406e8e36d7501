/**
 * `<NextTokenPlayground />` in what-is-an-llm, and `<NextTokenGlance />`, the home page's
 * instrument: their declarations (plain data; the code loads in the browser).
 */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { glanceStrings } from './glanceStrings';
import { playgroundStrings } from './strings';

export const NextTokenPlayground = defineWidget({
  name: 'next-token-playground',
  title: titleFrom((locale) => playgroundStrings[locale].title),
  minHeight: 980,
  assets: modelAssets,
});

export const NextTokenGlance = defineWidget({
  name: 'next-token-glance',
  title: titleFrom((locale) => glanceStrings[locale].title),
  minHeight: 520,
  assets: modelAssets,
});
