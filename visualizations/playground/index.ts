/**
 * The next-token playground as an island for the MDX registry
 * (components/mdx/widgets.ts): `<NextTokenPlayground />` in what-is-an-llm.
 * It loads its code only when the reader comes near; `assets` names the model
 * files it then fetches (the page's language only), for the page-weight report.
 *
 * Why this file exists: the site script imports the registry, so this module
 * stays tiny — the widget itself is behind a dynamic import.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const NextTokenPlayground = lazyWidget(() => import('./NextTokenPlayground'), {
  name: 'next-token-playground',
  title: { en: 'Next-token playground', zh: '下一个词元实验台' },
  minHeight: 980,
  assets: {
    en: ['/models/en/model.json', '/models/en/weights.bin'],
    zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
  },
});
