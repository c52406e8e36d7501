/**
 * The model-families explorer as an island for the MDX registry
 * (components/mdx/widgets.ts): `<FamiliesExplorer />` in model-families. It loads its
 * code only when the reader comes near.
 *
 * Why this file exists: the site script imports the registry, so this module stays
 * tiny — the widget itself is behind a dynamic import.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const FamiliesExplorer = lazyWidget(() => import('./FamiliesExplorer'), {
  name: 'families-explorer',
  title: { en: 'Three families, one sentence', zh: '三个家族，同一个句子' },
  minHeight: 760,
});
