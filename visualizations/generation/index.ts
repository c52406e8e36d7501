/**
 * The generation widgets' declarations (plain data; the code loads in the browser):
 * `<GenerationStepper />` in what-is-an-llm and `<GenerationStepperCompact />` in
 * getting-started.
 */
import { defineWidget, modelAssets, titleFrom } from '@/components/widget/widgetDeclaration';
import { generationStrings } from './strings';

export const GenerationStepper = defineWidget({
  name: 'generation-stepper',
  title: titleFrom((locale) => generationStrings[locale].title),
  minHeight: 1100,
  assets: modelAssets,
});

export const GenerationStepperCompact = defineWidget({
  name: 'generation-compact',
  title: titleFrom((locale) => generationStrings[locale].compactTitle),
  minHeight: 760,
  assets: modelAssets,
});
