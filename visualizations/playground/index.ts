/** `<NextTokenPlayground />` in what-is-an-llm: its declaration (plain data; the code loads in the browser). */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { playgroundStrings } from './strings';

export const NextTokenPlayground = defineWidget({
  name: 'next-token-playground',
  title: titleFrom((locale) => playgroundStrings[locale].title),
  minHeight: 980,
  assets: modelAssets,
});
