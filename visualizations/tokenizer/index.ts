/**
 * The tokenizer playground as an island for the MDX registry
 * (components/mdx/widgets.ts): `<TokenizerPlayground />` in the
 * tokens-and-embeddings chapter. Its code loads only when the reader comes
 * near; it then fetches the page language's tiny model and, as separate
 * chunks, the r50k_base (GPT-2), cl100k_base and o200k_base tables (never in
 * the first load).
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const TokenizerPlayground = lazyWidget(() => import('./TokenizerPlayground'), {
  name: 'tokenizer-playground',
  title: { en: 'Tokenizer playground', zh: '分词演示台' },
  minHeight: 1400,
  assets: {
    en: ['/models/en/model.json', '/models/en/weights.bin'],
    zh: ['/models/zh/model.json', '/models/zh/weights.bin'],
  },
});
