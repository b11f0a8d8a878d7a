/**
 * Numbers that look like references but are not: the report's own header line `Số: 1488/BC-STTTT`
 * (a block that starts with `Số`, or a header table cell `\tSố: …` / `| Số: …`), and form, table, code or account
 * numbers (`Mẫu số 01/TNDN`, `Biểu số 02/BC`, `mã số`, `tài khoản số`).
 */

/** `Số` opening a block: only blanks or Markdown marks between the line start and it. */
const OWN_NUMBER_LINE = /(?:^|\n)[#*_>\s]*$/u;
/** `Số:` opening a table cell: after a TAB, or after the `|` of a Markdown table flattened into text. */
const OWN_NUMBER_CELL = /[\t|][^\S\n]*$/u;
/** Words right before `số` (or the number) that make it a form, table, code or account number. */
const NOT_A_DOCUMENT = /(?:mẫu|biểu|phụ lục|mã|hiệu|tài khoản)[^\S\n]*$/iu;
/** How far back to look. */
const WINDOW = 200;

/**
 * Whether `Số` at `soStart` opens the document's own number line. Only a capital `Số` counts (a
 * lower-case `số` at a line start is prose broken across lines); in a table cell only with a colon.
 */
export function isOwnNumber(text: string, soStart: number, so: string, hasColon: boolean): boolean {
  if (!so.startsWith('S')) return false;
  const before = text.slice(Math.max(0, soStart - WINDOW), soStart);
  return OWN_NUMBER_LINE.test(before) || (hasColon && OWN_NUMBER_CELL.test(before));
}

/** Whether the text before `at` names a form, table, code or account. */
export function isFormNumber(text: string, at: number): boolean {
  return NOT_A_DOCUMENT.test(text.slice(Math.max(0, at - WINDOW / 10), at));
}
