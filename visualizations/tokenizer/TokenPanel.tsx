/**
 * The reader's text under one tokenizer: a radio group to choose the tokenizer,
 * the loading progress of the large vocabularies, the chips, notes on byte
 * fragments and unknown characters, and the counts under every tokenizer
 * (tokens and characters per token) side by side.
 */
import { SlideFold } from '@/components/widget/SlideFold';
import { ModelStatus } from '@/components/widget/ModelStatus';
import type { TinyModelHandle } from '@/components/widget/useTinyModel';
import type { Locale } from '@/lib/i18n/locales';
import { charsPerToken, hex, splitCharacters, type TokenView } from './math';
import { TOKENIZERS, type TokenizerId } from './state';
import type { TokenizerStrings } from './strings';
import { TokenChips } from './TokenChips';
import type { VocabularyState } from './useVocabularies';
import { VOCABULARIES } from './vocabularies';

interface TokenPanelProps {
  text: string;
  tokenizer: TokenizerId;
  onTokenizer: (id: TokenizerId) => void;
  tokens: Record<TokenizerId, TokenView[] | null>;
  sizes: Record<TokenizerId, number | null>;
  vocab: VocabularyState;
  tiny: TinyModelHandle;
  locale: Locale;
  t: TokenizerStrings;
}

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-US');

export function TokenPanel({ text, tokenizer, onTokenizer, tokens, sizes, vocab, tiny, locale, t }: TokenPanelProps) {
  const views = tokens[tokenizer];
  const loaded = VOCABULARIES.filter((v) => vocab.ready[v]).length;
  const split = views ? splitCharacters(views) : [];
  const hasSpace = /[ \n\t]/.test(text);
  const n = (v: number) => v.toLocaleString(tag(locale));
  return (
    <>
      <fieldset className="tok-choice">
        <legend>{t.tokenizer}</legend>
        {TOKENIZERS.map((id) => (
          <label key={id} className="tok-option">
            <input type="radio" name="tok-tokenizer" value={id} checked={tokenizer === id} onChange={() => onTokenizer(id)} />
            <span>
              <strong>{t.tokenizerName[id]}</strong>
              <span className="tok-option-note">{t.tokenizerNote[id]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {vocab.loading && (
        <div className="tok-progress" role="status">
          <span>{t.loadingVocab(vocab.loading, loaded, VOCABULARIES.length)}</span>
          <progress max={VOCABULARIES.length} value={loaded} aria-label={t.loadingVocab(vocab.loading, loaded, VOCABULARIES.length)} />
        </div>
      )}
      {vocab.failed && (
        <div className="tok-progress" role="alert">
          <span>{t.loadFailed}</span>
          <button type="button" className="widget-button" onClick={vocab.retry}>
            {t.retry}
          </button>
        </div>
      )}
      <div className="tok-chips-area" aria-live="polite" aria-busy={!views}>
        {views ? (
          <>
            <p className="tok-count" data-count={views.length}>
              <strong>{t.tokens(views.length)}</strong> · {t.charsPerToken(charsPerToken(text, views.length).toFixed(2))}
            </p>
            <TokenChips views={views} label={t.chipsLabel(t.tokenizerName[tokenizer], views.length)} t={t} />
          </>
        ) : tokenizer === 'tiny' ? (
          <ModelStatus locale={locale} state={tiny} minHeight={80} />
        ) : (
          <p className="tok-waiting">{t.notLoaded}</p>
        )}
      </div>
      {(split.length > 0 || hasSpace) && (
        <div className="tok-notes">
          {split.length > 0 && (
            <>
              <p>{t.fragmentNote}</p>
              <ul>
                {split.map((s) => (
                  <li key={s.char}>{t.splitChar(s.char, hex(s.bytes), s.tokens)}</li>
                ))}
              </ul>
            </>
          )}
          {hasSpace && <p>{t.spaceNote}</p>}
        </div>
      )}
      <SlideFold label={t.summaryTitle}>
        <table className="tok-summary">
          <caption>{t.summaryTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.tokenizer}</th>
              <th scope="col">{t.table.vocabulary}</th>
              <th scope="col">{t.table.tokens}</th>
              <th scope="col">{t.table.charsPerToken}</th>
            </tr>
          </thead>
          <tbody>
            {TOKENIZERS.map((id) => {
              const v = tokens[id];
              return (
                <tr key={id} aria-current={id === tokenizer ? 'true' : undefined} className={id === tokenizer ? 'tok-current' : undefined}>
                  <th scope="row">{t.tokenizerName[id]}</th>
                  <td>{sizes[id] === null ? '…' : n(sizes[id] as number)}</td>
                  <td data-tokenizer-count={id}>{v ? n(v.length) : '…'}</td>
                  <td>{v ? charsPerToken(text, v.length).toFixed(2) : '…'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </SlideFold>
    </>
  );
}
