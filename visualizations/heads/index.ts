/**
 * The head gallery as an island for the MDX registry (components/mdx/widgets.ts):
 * `<HeadGallery />` in training-and-customization. It loads its code only when
 * the reader comes near; `assets` names the model files it then fetches (the
 * page's language only), for the page-weight report.
 *
 * Why this file exists: the site script imports the registry, so this module
 * stays tiny — the widget itself is behind a dynamic import.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const HeadGallery = lazyWidget(() => import('./HeadGallery'), {
  name: 'head-gallery',
  title: { en: 'Head gallery', zh: '注意力头一览' },
  minHeight: 1100,
  assets: {
    en: ['/models/en/model.json', '/models/en/weights.bin'],
    zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
  },
});
