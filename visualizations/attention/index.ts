/**
 * The attention widgets as islands for the MDX registry (components/mdx/widgets.ts):
 * `<AttentionExplorer />` and `<AttentionByHand />` in self-attention,
 * `<AttentionExplorerCompact />` in transformer-blocks. Each loads its code only
 * when the reader comes near; `assets` names the model files it then fetches
 * (the page's language only), for the page-weight report.
 *
 * Why this file exists: the site script imports the registry, so this module
 * stays tiny — the widgets themselves are behind dynamic imports.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

const modelAssets = {
  en: ['/models/en/model.json', '/models/en/weights.bin'],
  zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
};

export const AttentionExplorer = lazyWidget(() => import('./AttentionExplorer'), {
  name: 'attention-explorer',
  title: { en: 'Attention explorer', zh: '注意力探索器' },
  minHeight: 900,
  assets: modelAssets,
});

export const AttentionByHand = lazyWidget(() => import('./AttentionByHand'), {
  name: 'attention-by-hand',
  title: { en: 'Attention by hand', zh: '动手算注意力' },
  minHeight: 560,
});

export const AttentionExplorerCompact = lazyWidget(() => import('./AttentionExplorerCompact'), {
  name: 'attention-explorer-compact',
  title: { en: 'Attention inside a block', zh: '块中的注意力' },
  minHeight: 640,
  assets: modelAssets,
});
