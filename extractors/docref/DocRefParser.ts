/**
 * `<type name> [số[:]] <number/symbol> [ngày <date>] [của <issuer>] [về việc|về <subject>]`
 * (domain.md §2). `raw` is the number and symbol exactly as printed; the full span adds the type
 * name (or `số`), the date, the issuer and the subject.
 * Not references: the report's own header line `Số: 1488/BC-STTTT` (a block starting with `Số`),
 * form numbers (`Mẫu số 01/TNDN`, `Biểu số 02/BC`), and a single code group without a type name.
 */
import type { DocRef } from '../../schemas/entities.js';
import type { ExtractContext, Extractor } from '../types.js';
import { canonicalKey } from './canonicalKey.js';
import { isPhapLuat, namedLawBefore } from './namedLaw.js';
import { isFormNumber, isOwnNumber } from './notADocument.js';
import { parseSymbol } from './parseSymbol.js';
import { refIssues } from './refIssues.js';
import { refFind, refFindInPiece } from './refFind.js';
import { readRefTail } from './refTail.js';
import { NUMBER_SYMBOL, SP, WRAP } from './symbolPattern.js';
import { typeAndIssuer } from './typeAndIssuer.js';
import { SO, TYPE_NAME } from './typeNamePattern.js';

const GROUP = { typeName: 1, so: 2, numberSymbol: 3 } as const;
const WORD_START = '(?<![\\p{L}\\p{N}])';

export const DOC_REF_PATTERN = new RegExp(
  `(?:${WORD_START}(${TYPE_NAME})${WRAP})?(?:${WORD_START}(${SO})${SP}*:?${WRAP}?)?(${NUMBER_SYMBOL})`,
  'gu',
);

const findRefInPiece = refFindInPiece(DOC_REF_PATTERN);

/** Where the next reference starts in `from..limit` (or `limit`). */
function nextRefStart(text: string, from: number, limit: number): number {
  const m = findRefInPiece(text.slice(0, limit), from);
  return m ? m.index : limit;
}

export const DocRefParser: Extractor<DocRef> = {
  name: 'DocRefParser',
  pattern: DOC_REF_PATTERN,
  find: refFind(DOC_REF_PATTERN),
  extract(m: RegExpExecArray, ctx: ExtractContext): DocRef | null {
    const { text } = ctx;
    const so = m[GROUP.so];
    const raw = m[GROUP.numberSymbol];
    const start = m.index + m[0].length - raw.length;
    const soStart = so ? m.index + m[0].lastIndexOf(so, m[0].length - raw.length) : start;
    // The `luật` of `pháp luật` (the end of a law's title before `số`) is no type name.
    const matchedName = m[GROUP.typeName] ?? null;
    let printedName = matchedName && so && isPhapLuat(text, m.index) ? null : matchedName;
    let fullStart = printedName === matchedName ? m.index : soStart;
    if (!printedName && so && isOwnNumber(text, soStart, so, text.slice(soStart + so.length, start).trimStart().startsWith(':'))) return null;
    if (!printedName && isFormNumber(text, soStart)) return null;
    const p = parseSymbol(raw);
    if (!p || p.groups.length === 0) return null;
    if (!printedName && p.form === 'slash' && p.groups.length < 2) return null;
    if (!printedName && so) {
      // `Luật <title> số 15/2017/QH14`: the type name opens the law's title.
      const law = namedLawBefore(text, soStart, p);
      if (law) {
        printedName = law.name;
        fullStart = law.start;
      }
    }
    const typeName = printedName ? printedName.replace(/\s+/gu, ' ') : null;
    const { typeCode, issuerCode } = typeAndIssuer(p, typeName);
    const tail = readRefTail(text, start + raw.length, (from, limit) => nextRefStart(text, from, limit));
    const date = tail.date;
    const issuedOn = date && date.valid && date.precision === 'day' ? date.iso : null;
    const inferredYear = date?.year ?? tail.bareYear;
    return {
      kind: 'doc_ref',
      start,
      end: start + raw.length,
      raw,
      ref_type_name: typeName,
      type_name_stated: typeName !== null,
      type_code: typeCode,
      number: p.number,
      number_raw: p.numberRaw,
      year: p.year,
      symbol: p.symbol,
      issuer_code: issuerCode,
      issued_on: issuedOn,
      issuing_body: tail.issuingBody,
      subject: tail.subject,
      canonical_key: canonicalKey(raw, inferredYear),
      full_start: fullStart,
      full_end: tail.fullEnd,
      issues: refIssues({ typeName, typeCode, symbolYear: p.year, symbol: p.symbol, date }, ctx.reportDate),
    };
  },
};
