'use client';
/**
 * Loads the large vocabularies when the playground mounts (that is, when the
 * reader reaches it), the one the reader chose first, and reports progress as
 * the number loaded out of all, which vocabulary is in flight, and failures
 * (with a retry).
 */
import { useCallback, useEffect, useState } from 'react';
import { VOCABULARIES, loadVocabulary, type Vocabulary, type VocabularyName } from './vocabularies';

export interface VocabularyState {
  ready: Partial<Record<VocabularyName, Vocabulary>>;
  loading: VocabularyName | null;
  failed: boolean;
  retry: () => void;
}

/** Starts loading at once, `first` (the reader's choice, read from the URL) before the others. */
export function useVocabularies(first: VocabularyName | null): VocabularyState {
  const [ready, setReady] = useState<Partial<Record<VocabularyName, Vocabulary>>>({});
  const [loading, setLoading] = useState<VocabularyName | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const order = first ? [first, ...VOCABULARIES.filter((v) => v !== first)] : [...VOCABULARIES];
    (async () => {
      for (const name of order) {
        if (cancelled) return;
        setLoading(name);
        try {
          const vocabulary = await loadVocabulary(name);
          if (cancelled) return;
          setReady((r) => (r[name] ? r : { ...r, [name]: vocabulary }));
        } catch (error) {
          console.error(error);
          if (!cancelled) setFailed(true);
          break;
        }
      }
      if (!cancelled) setLoading(null);
    })();
    return () => {
      cancelled = true;
    };
    // `first` only orders the initial load; later changes need no reload
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((a) => a + 1);
  }, []);
  return { ready, loading, failed, retry };
}
