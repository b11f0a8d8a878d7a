/**
 * The subject (trích yếu) after `về việc` / `về` / `V/v`: up to the end of the clause — `;`, a `.`
 * followed by a blank or the end, a line end, a `)` that closes a bracket opened before the
 * reference — or up to the next reference, whichever comes first.
 */

/** `, về việc ` / ` về ` / ` V/v ` with the blanks that follow; the subject starts after it. */
export const SUBJECT_OPENING = /(?:về[^\S\n]+việc|về|V\/v|v\/v)[^\S\n]*:?[^\S\n]+/uy;

/** Where the clause that starts at `from` ends (exclusive), never beyond `limit`. */
export function clauseEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\n' || c === ';') return i;
    if (c === '.' && (i + 1 >= text.length || /\s/u.test(text[i + 1]))) return i;
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return limit;
}

/** `from`..`end` without trailing blanks, commas, an opening bracket or Markdown marks. */
export function trimClause(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /[\s,(*_]/u.test(text[e - 1])) e--;
  return e;
}
