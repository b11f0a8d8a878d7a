/** Small look-behind/look-ahead helpers over the text around a match (same clause, same line). */

/** A clause ends at a sentence mark followed by a space, or at a line break. */
const CLAUSE_END = /[.;!?](?=\s)|\n/gu;
const WORD = /\p{L}+/gu;
/** One word after horizontal space (not a tab: that is the next table cell) (letters, then letters or digits: `m2`, `USD`). */
const NEXT_WORD = /^[^\S\n\t]+(\p{L}[\p{L}\p{N}]*)/u;
const PREV_WORD = /(?:^|[^\p{L}\p{N}])(\p{L}+)([^\S\n\t]+)$/u;

/** The last `maxWords` words before `index` in the same clause, lower-cased (`Kinh phí: 75` → [`kinh`, `phí`]). */
export function wordsBefore(text: string, index: number, maxWords: number, maxChars = 120): string[] {
  let from = Math.max(0, index - maxChars);
  const slice = text.slice(from, index);
  let last = -1;
  for (const m of slice.matchAll(CLAUSE_END)) last = m.index + m[0].length;
  if (last >= 0) from += last;
  const words = text.slice(from, index).toLowerCase().match(WORD) ?? [];
  return words.slice(-maxWords);
}

/** Up to `maxWords` words directly after `index`, separated only by horizontal space, lower-cased. */
export function adjacentWordsAfter(text: string, index: number, maxWords: number): string[] {
  const out: string[] = [];
  let at = index;
  while (out.length < maxWords) {
    const m = NEXT_WORD.exec(text.slice(at, at + 40));
    if (!m) break;
    out.push(m[1].toLowerCase());
    at += m[0].length;
  }
  return out;
}

/** Up to `maxWords` words directly before `index`, separated only by horizontal space, lower-cased, in text order. */
export function adjacentWordsBefore(text: string, index: number, maxWords: number): string[] {
  const out: string[] = [];
  let at = index;
  while (out.length < maxWords) {
    const m = PREV_WORD.exec(text.slice(Math.max(0, at - 60), at));
    if (!m) break;
    out.unshift(m[1].toLowerCase());
    at -= m[1].length + m[2].length;
  }
  return out;
}

/** Whether `phrase` (space-separated words) occurs as whole words in `words`. */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  return ` ${words.join(' ')} `.includes(` ${phrase} `);
}

/** Whether `words` ends with `phrase` (space-separated words). */
export function endsWithPhrase(words: readonly string[], phrase: string): boolean {
  return ` ${words.join(' ')}`.endsWith(` ${phrase}`);
}

/** Whether `words` starts with `phrase` (space-separated words). */
export function startsWithPhrase(words: readonly string[], phrase: string): boolean {
  return `${words.join(' ')} `.startsWith(`${phrase} `);
}
