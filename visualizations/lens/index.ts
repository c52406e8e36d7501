/**
 * The logit lens as an island for the MDX registry (components/mdx/widgets.ts):
 * `<LogitLens />` in transformer-blocks. The widget is behind a dynamic import,
 * loaded when the reader comes near; `assets` names the model files it then fetches.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const LogitLens = lazyWidget(() => import('./LogitLens'), {
  name: 'logit-lens',
  title: { en: 'Logit lens: what each layer would predict', zh: 'Logit lens：每一层会预测什么' },
  minHeight: 620,
  assets: {
    en: ['/models/en/model.json', '/models/en/weights.bin'],
    zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
  },
});
