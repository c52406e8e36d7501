'use client';
/**
 * `usePositionTable(locale)`: the learned position table the explorer's "learned" view
 * shows (public/models/<locale>/learned-positions.json, about 12 kB), downloaded once
 * per language and shared by the view and its table. The file holds the table of a
 * model of the site's shape trained with learned position embeddings, so the view does
 * not depend on the positions the site's current models use, nor download a model.
 *
 * Returns { table, progress, error, retry }: error is a message for the reader in the
 * page's language (the technical reason goes to the console).
 */
import { createLocaleStore, useLocaleAsset } from '@/components/widget/localeStore';
import { modelBase } from '@/components/widget/modelFiles';
import type { Locale } from '@/lib/i18n/locales';
import { loadPositionTable } from '@/lib/model/loadPositionTable';
import { POSITION_TABLE_FILE } from '@/lib/model/positionTable';
import { positionalStrings } from './strings';

export const positionTableUrl = (locale: Locale): string => `${modelBase(locale)}/${POSITION_TABLE_FILE}`;

const store = createLocaleStore((locale, onProgress) => loadPositionTable(positionTableUrl(locale), { onProgress }));

export function usePositionTable(locale: Locale) {
  const { value, progress, detail, retry } = useLocaleAsset(store, locale);
  return { table: value, progress, error: detail === null ? null : positionalStrings[locale].tableFailed, retry };
}
