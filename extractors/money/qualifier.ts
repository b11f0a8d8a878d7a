import type { Amount } from '../../schemas/entities.js';

export type Qualifier = NonNullable<Amount['qualifier']>;

/** Qualifier words printed right before a figure, and their stored key. */
export const QUALIFIER_WORDS: Readonly<Record<string, Qualifier>> = {
  'khoảng': 'khoang',
  'trên': 'tren',
  'hơn': 'hon',
  'gần': 'gan',
  'dưới': 'duoi',
  'dự kiến': 'du_kien',
  'dự ước': 'du_uoc',
  'tối đa': 'toi_da',
  'tối thiểu': 'toi_thieu',
};

const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${Object.keys(QUALIFIER_WORDS).map((w) => w.replace(/ /gu, String.raw`[^\S\n\t]+`)).join('|')})[^\S\n\t]+$`,
  'iu',
);

/** The qualifier right before `start` (`khoảng 4.000 triệu đồng` → `khoang`), or null. */
export function qualifierBefore(text: string, start: number): Qualifier | null {
  const m = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return null;
  return QUALIFIER_WORDS[m[1].toLowerCase().replace(/\s+/gu, ' ')] ?? null;
}
