/**
 * What follows a document number, in any order, each at most once, separated by blanks or a comma:
 * `ngày <date>` (its date), a bare `năm 2025` (its year only), `của <issuing body>`, and last
 * `về việc|về|V/v <subject>`. Returns the parts and where the full reference ends.
 */
import type { DateEntity } from '../../schemas/entities.js';
import { parseDateAt } from '../date/parseDateAt.js';
import { readIssuingBody } from './issuingBody.js';
import { clauseEnd, SUBJECT_OPENING, trimClause } from './subjectClause.js';

export interface RefTail {
  date: DateEntity | null;
  /** `năm 2025` right after the symbol (a year without a day). */
  bareYear: number | null;
  issuingBody: string | null;
  subject: string | null;
  fullEnd: number;
}

const JOIN = /[^\S\n]*,?[^\S\n]*/uy;
const NGAY = /ngày(?![\p{L}])/iuy;
const BARE_YEAR = /năm[^\S\n]+(\d{4})(?![0-9/])/iuy;
const CUA = /của[^\S\n]+/uy;

function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/**
 * `index`: just after the symbol. `nextRefStart(from, limit)`: where the next reference begins in
 * `from..limit`, or `limit` (a subject never runs into it).
 */
export function readRefTail(text: string, index: number, nextRefStart: (from: number, limit: number) => number): RefTail {
  const tail: RefTail = { date: null, bareYear: null, issuingBody: null, subject: null, fullEnd: index };
  for (let pos = index, progressed = true; progressed; ) {
    progressed = false;
    const part = pos + (at(JOIN, text, pos)?.[0].length ?? 0);
    if (!tail.date && tail.bareYear === null && at(NGAY, text, part)) {
      const date = parseDateAt(text, part);
      if (date) {
        tail.date = date;
        pos = tail.fullEnd = date.end;
        progressed = true;
        continue;
      }
    }
    const year = !tail.date && tail.bareYear === null ? at(BARE_YEAR, text, part) : null;
    if (year) {
      tail.bareYear = Number(year[1]);
      pos = tail.fullEnd = part + year[0].length;
      progressed = true;
      continue;
    }
    const cua = tail.issuingBody === null ? at(CUA, text, part) : null;
    const body = cua ? readIssuingBody(text, part + cua[0].length) : null;
    if (body) {
      tail.issuingBody = body.value;
      pos = tail.fullEnd = body.end;
      progressed = true;
      continue;
    }
    const opening = at(SUBJECT_OPENING, text, part);
    if (opening) {
      const from = part + opening[0].length;
      const end = trimClause(text, from, nextRefStart(from, clauseEnd(text, from, text.length)));
      if (end > from) {
        tail.subject = text.slice(from, end);
        tail.fullEnd = end;
      }
    }
  }
  return tail;
}
