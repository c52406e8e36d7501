/**
 * The explorer's views and the well-known models behind each kind of positional
 * information, as the papers state it:
 *
 * - sinusoidal: Vaswani et al. 2017, "Attention Is All You Need", §3.5 (fixed sines and
 *   cosines added to the input embeddings).
 * - learned absolute: BERT (Devlin et al. 2018, §3.2 and Fig. 2, "position embeddings";
 *   up to 512 positions), GPT-2 (Radford et al. 2019, learned as in GPT-1; context
 *   1,024, §2.3), GPT-3 (Brown et al. 2020, same architecture as GPT-2, context 2,048, §2.1).
 * - rotary: RoFormer (Su et al. 2021); LLaMA (Touvron et al. 2023, §2.2: "we remove the
 *   absolute positional embeddings, and instead, add rotary positional embeddings"), and
 *   most open models since (Llama 2 and 3, Mistral, Qwen).
 *
 * The labels are facts that must match the chapter's table; they
 * live in one place, separate from the wording of each language.
 */

/** The explorer's views, in the order of the tabs. `kind` in the URL. */
export const VIEWS = ['order', 'add', 'sinusoidal', 'distance', 'learned', 'rotary'] as const;
export type View = (typeof VIEWS)[number];

/** A model named beside a kind of position information. */
export interface ModelLabel {
  name: string;
  year: number;
}

/** Well-known users of each kind of encoding. */
export const MODELS_USING: Record<'sinusoidal' | 'learned' | 'rotary', ModelLabel[]> = {
  sinusoidal: [{ name: 'Transformer', year: 2017 }],
  learned: [
    { name: 'BERT', year: 2018 },
    { name: 'GPT-2', year: 2019 },
    { name: 'GPT-3', year: 2020 },
  ],
  rotary: [
    { name: 'RoFormer', year: 2021 },
    { name: 'LLaMA', year: 2023 },
  ],
};

/** Which kind of encoding each view is about (for its model label), if any. */
export const VIEW_KIND: Record<View, keyof typeof MODELS_USING | null> = {
  order: null,
  add: 'sinusoidal',
  sinusoidal: 'sinusoidal',
  distance: 'sinusoidal',
  learned: 'learned',
  rotary: 'rotary',
};
