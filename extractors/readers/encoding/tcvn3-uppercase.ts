/**
 * TCVN3's base fonts have no upper-case accented letters, so typists wrote the upper-case base letter
 * followed by the lower-case accented one: `BA¸O CA¸O` decodes to `BAáO CAáO`. We do not guess the
 * intended letter: we find such words and report them.
 *
 * Signature: an upper-case letter immediately followed by a lower-case toned letter with the same base
 * (A+á, Ê+ế, Ư+ự, O+ò).
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** How many example words the warning quotes. */
const EXAMPLES = 3;

function isLetter(c: number): boolean {
  return c >= 0xc0 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The letter without its tone mark: `ế` -> `ê`, `á` -> `a`. */
function withoutTone(ch: string): string {
  return ch.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

function isLostUppercasePair(upper: string, next: string): boolean {
  if (upper === upper.toLowerCase() || next !== next.toLowerCase()) return false;
  const base = withoutTone(next);
  return base !== next && base === upper.toLowerCase();
}

/** Every word (in order, repeats kept) that shows the lost upper-case accent signature. */
export function findLostUppercaseWords(text: string): string[] {
  const words: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    // The toned lower-case letters are all >= U+00E0; skip the common case fast.
    if (d < 0xe0 || !isLetter(c) || !isLostUppercasePair(text[i], text[i + 1])) continue;
    let start = i;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
    let end = i + 2;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    words.push(text.slice(start, end));
    i = end - 1;
  }
  return words;
}

/** The reader warning for those words (from findLostUppercaseWords), or null when there are none. */
export function lostUppercaseWarningFor(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const examples = [...new Set(words)].slice(0, EXAMPLES).map((w) => `"${w}"`);
  return `tcvn3_uppercase_accents_lost: ${words.length} words (e.g. ${examples.join(', ')})`;
}
