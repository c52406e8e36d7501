/**
 * The training compute calculator as an island for the MDX registry
 * (components/mdx/widgets.ts): `<ComputeCalculator />` in the challenges
 * chapter. Its code loads only when the reader comes near; it then fetches the
 * page language's model.json (for the tiny-model preset), listed as its asset
 * for the page-weight report.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const ComputeCalculator = lazyWidget(() => import('./ComputeCalculator'), {
  name: 'compute-calculator',
  title: { en: 'Training compute calculator', zh: '训练计算量计算器' },
  minHeight: 1500,
  assets: { en: ['/models/en/model.json'], zh: ['/models/zh/model.json'] },
});
