/**
 * The positional-encoding explorer as an island for the MDX registry
 * (components/mdx/widgets.ts): `<PositionalEncodingExplorer />` in positional-encoding.
 * It loads its code only when the reader comes near; `assets` names the model files
 * its "learned" view then fetches (the page's language only), for the page-weight report.
 *
 * Why this file exists: the site script imports the registry, so this module stays
 * tiny — the widget itself is behind a dynamic import.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const PositionalEncodingExplorer = lazyWidget(() => import('./PositionalEncodingExplorer'), {
  name: 'positional-encoding-explorer',
  title: { en: 'Positional encoding explorer', zh: '位置编码探索器' },
  minHeight: 900,
  assets: {
    en: ['/models/en/model.json', '/models/en/weights.bin'],
    zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
  },
});
