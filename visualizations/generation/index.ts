/**
 * The generation widgets as islands for the MDX registry (components/mdx/widgets.ts):
 * `<GenerationStepper />` in what-is-an-llm and `<GenerationStepperCompact />` in
 * getting-started. This module stays tiny: the widget is behind a dynamic import,
 * loaded when the reader comes near; `assets` names the model files it then fetches.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

const modelAssets = {
  en: ['/models/en/model.json', '/models/en/weights.bin'],
  zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
};

export const GenerationStepper = lazyWidget(() => import('./GenerationStepper'), {
  name: 'generation-stepper',
  title: { en: 'Generation, one token at a time', zh: '逐个词元地生成' },
  minHeight: 1100,
  assets: modelAssets,
});

export const GenerationStepperCompact = lazyWidget(() => import('./GenerationStepperCompact'), {
  name: 'generation-compact',
  title: { en: 'The key-value cache as it fills', zh: '逐步填满的键值缓存' },
  minHeight: 760,
  assets: modelAssets,
});
