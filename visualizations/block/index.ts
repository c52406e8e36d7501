/**
 * The transformer block explorer as an island for the MDX registry
 * (components/mdx/widgets.ts): `<TransformerBlockExplorer />` in the
 * transformer-blocks chapter. Its code loads only when the reader comes near;
 * it then fetches the page language's tiny model (for the tiny preset and the
 * residual stream), listed as its assets for the page-weight report.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const TransformerBlockExplorer = lazyWidget(() => import('./TransformerBlockExplorer'), {
  name: 'transformer-block-explorer',
  title: { en: 'Transformer block explorer', zh: 'Transformer 块探索器' },
  minHeight: 1500,
  assets: {
    en: ['/models/en/model.json', '/models/en/weights.bin'],
    zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
  },
});
