import type { TFunction } from 'i18next';

const KNOWN = ['I', 'II', 'III', 'DBKK'];

/** "Khu vực III" for category III; unknown categories are shown as stored. */
export function categoryLabel(t: TFunction, category: string): string {
  return KNOWN.includes(category) ? t(`classifications.categories.${category}`) : category;
}

export const CATEGORY_COLORS: Record<string, string> = { I: 'blue', II: 'gold', III: 'red', DBKK: 'volcano' };
