/**
 * `<ComputeCalculator />` in challenges: its declaration (plain data; the code loads in
 * the browser). It reads only the tiny model's configuration, not its weights.
 */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { computeStrings } from './strings';

export const ComputeCalculator = defineWidget({
  name: 'compute-calculator',
  title: titleFrom((locale) => computeStrings[locale].title),
  minHeight: 1500,
  assets: { en: [modelAssets.en[0]], zh: [modelAssets.zh[0]] },
});
