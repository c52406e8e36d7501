/**
 * Published sizes of well-known language models, for the scale chart and any
 * widget that compares models. Each number is its paper's headline figure:
 *
 * - Transformer base: Vaswani et al. 2017, "Attention Is All You Need",
 *   Table 3 (base model, 65 × 10⁶ parameters).
 * - BERT-large: Devlin et al. 2018, "BERT", §3 (340M parameters).
 * - GPT-2: Radford et al. 2019, "Language Models are Unsupervised Multitask
 *   Learners", Table 2 (largest model, 1542M, usually quoted as 1.5B).
 * - T5-11B: Raffel et al. 2019, "Exploring the Limits of Transfer Learning…",
 *   the largest variant (about 11 billion parameters).
 * - GPT-3: Brown et al. 2020, "Language Models are Few-Shot Learners",
 *   Table 2.1 (175B) and §2.2 (trained on 300 billion tokens).
 * - Megatron-Turing NLG: Smith et al. 2022, "Using DeepSpeed and Megatron to
 *   Train Megatron-Turing NLG 530B" (arXiv, January 2022; the model was
 *   announced in October 2021): 530B parameters, 270 billion training tokens.
 * - Chinchilla: Hoffmann et al. 2022, "Training Compute-Optimal Large Language
 *   Models" (70B parameters, 1.4 trillion tokens).
 * - LLaMA 65B: Touvron et al. 2023, "LLaMA", Table 2 (65.2B, given as 65B;
 *   trained on 1.4 trillion tokens).
 *
 * `year` is the year the model was first described publicly.
 */

export interface ModelSize {
  /** Stable identifier (lowercase, dashes), safe for keys and URLs. */
  id: string;
  /** Name as the paper writes it. */
  name: string;
  /** Year of first public description. */
  year: number;
  /** Number of parameters. */
  parameters: number;
  /** Number of training tokens, where the paper states it. */
  tokens?: number;
  /** URL of the paper (arXiv abstract page or the publisher's page). */
  source: string;
}

const M = 1e6;
const B = 1e9;
const T = 1e12;

export const models: readonly ModelSize[] = [
  { id: 'transformer-base', name: 'Transformer base', year: 2017, parameters: 65 * M, source: 'https://arxiv.org/abs/1706.03762' },
  { id: 'bert-large', name: 'BERT-large', year: 2018, parameters: 340 * M, source: 'https://arxiv.org/abs/1810.04805' },
  {
    id: 'gpt-2',
    name: 'GPT-2',
    year: 2019,
    parameters: 1.5 * B,
    source: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
  },
  { id: 't5-11b', name: 'T5-11B', year: 2019, parameters: 11 * B, source: 'https://arxiv.org/abs/1910.10683' },
  { id: 'gpt-3', name: 'GPT-3', year: 2020, parameters: 175 * B, tokens: 300 * B, source: 'https://arxiv.org/abs/2005.14165' },
  { id: 'mt-nlg', name: 'Megatron-Turing NLG', year: 2021, parameters: 530 * B, tokens: 270 * B, source: 'https://arxiv.org/abs/2201.11990' },
  { id: 'chinchilla', name: 'Chinchilla', year: 2022, parameters: 70 * B, tokens: 1.4 * T, source: 'https://arxiv.org/abs/2203.15556' },
  { id: 'llama-65b', name: 'LLaMA 65B', year: 2023, parameters: 65 * B, tokens: 1.4 * T, source: 'https://arxiv.org/abs/2302.13971' },
];

/**
 * Published architectures (the sizes a parameter count needs), for the
 * transformer block explorer. Sources:
 *
 * - BERT-base: Devlin et al. 2018, §3: L = 12 layers, H = 768, A = 12 heads,
 *   "Total Parameters = 110M"; feed-forward size 4H (§3, footnote); WordPiece
 *   vocabulary "of 30,000 tokens", 30,522 entries in the released vocab.txt;
 *   positions up to 512 (§A.2).
 * - GPT-2 small: Radford et al. 2019, Table 2 (12 layers, d_model 768) and §2.3
 *   (vocabulary 50,257, context 1,024). The paper lists it as 117M; OpenAI's
 *   repository later wrote "our original parameter counts were wrong due to an
 *   error (in our previous blog posts and paper)" and gives 124M, the count of
 *   the released checkpoint (https://github.com/openai/gpt-2, README).
 * - GPT-3 175B: Brown et al. 2020, Table 2.1 (96 layers, d_model 12,288,
 *   96 heads, context 2,048) and §2.1 (d_ff = 4·d_model; same tokenizer as
 *   GPT-2, 50,257 tokens).
 */
export interface Architecture {
  /** Stable identifier (lowercase, dashes), safe for keys and URLs. */
  id: string;
  name: string;
  layers: number;
  dModel: number;
  heads: number;
  dFF: number;
  vocab: number;
  context: number;
  /** The headline parameter count the authors publish. */
  publishedParameters: number;
  /** A second published figure for the same model, where one exists (GPT-2 small's paper figure). */
  paperParameters?: number;
  source: string;
}

export const architectures: readonly Architecture[] = [
  {
    id: 'bert-base',
    name: 'BERT-base',
    layers: 12,
    dModel: 768,
    heads: 12,
    dFF: 3072,
    vocab: 30522,
    context: 512,
    publishedParameters: 110 * M,
    source: 'https://arxiv.org/abs/1810.04805',
  },
  {
    id: 'gpt-2-small',
    name: 'GPT-2 small',
    layers: 12,
    dModel: 768,
    heads: 12,
    dFF: 3072,
    vocab: 50257,
    context: 1024,
    publishedParameters: 124 * M,
    paperParameters: 117 * M,
    source: 'https://github.com/openai/gpt-2',
  },
  {
    id: 'gpt-3',
    name: 'GPT-3 175B',
    layers: 96,
    dModel: 12288,
    heads: 96,
    dFF: 49152,
    vocab: 50257,
    context: 2048,
    publishedParameters: 175 * B,
    source: 'https://arxiv.org/abs/2005.14165',
  },
];
