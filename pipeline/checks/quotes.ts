import { queryRows, type Db } from '../db/database.js';
import { num } from './types.js';

/**
 * Evidence quotes cut by DuckDB, set-based: only the spans a flag needs leave the database, never a whole
 * document text. Offsets are JavaScript (UTF-16) offsets into `documents.text`, DuckDB's `substr` counts code
 * points: the two agree unless a text holds a character outside the BMP (`😀`, `𝑥`), so the texts of those
 * documents (rare) are read and sliced here instead — every quote is exactly `text.slice(start, end)`.
 */
export interface Span {
  doc_id: string;
  start: number;
  end: number;
}

/**
 * Spans per query: a VALUES list this long stays a small statement. The documents are named by a constant list,
 * which DuckDB filters in the scan (a semi-join on the VALUES would read every text).
 */
const BATCH = 2000;
/** A character outside the Basic Multilingual Plane: one code point, two UTF-16 units. */
export const ASTRAL_RE2 = '[\\x{10000}-\\x{10FFFF}]';

export function sqlString(s: string): string {
  return `'${s.replace(/'/gu, "''")}'`;
}

/** `documents.text.slice(start, end)` for every span, in order (empty for a document not in the database). */
export async function quoteSpans(db: Db, spans: readonly Span[]): Promise<string[]> {
  const out: string[] = new Array<string>(spans.length).fill('');
  for (let i = 0; i < spans.length; i += BATCH) {
    const batch = spans.slice(i, i + BATCH);
    const values = batch.map((s, j) => `(${i + j}, ${sqlString(s.doc_id)}, ${Math.trunc(s.start)}, ${Math.trunc(s.end)})`).join(', ');
    const rows = await queryRows(db, `
      WITH v(i, doc_id, s, e) AS (VALUES ${values}),
      docs AS (
        SELECT d.doc_id, d.text, regexp_matches(d.text, '${ASTRAL_RE2}') AS astral
        FROM documents d WHERE d.doc_id IN (${[...new Set(batch.map((s) => s.doc_id))].map(sqlString).join(', ')})
      )
      SELECT v.i, docs.astral, CASE WHEN docs.astral THEN NULL ELSE substr(docs.text, v.s + 1, greatest(v.e - v.s, 0)) END AS quote
      FROM v JOIN docs USING (doc_id)`);
    const astral: number[] = [];
    for (const r of rows) {
      if (r.astral) astral.push(num(r.i));
      else out[num(r.i)] = String(r.quote);
    }
    if (astral.length) {
      await forTexts(db, [...new Set(astral.map((k) => spans[k].doc_id))], (docId, text) => {
        for (const k of astral) if (spans[k].doc_id === docId) out[k] = text.slice(spans[k].start, spans[k].end);
      });
    }
  }
  return out;
}

/**
 * Whether each span of `documents.text` holds a match of a pattern, given both for DuckDB (`re2`) and for
 * JavaScript (`re`, used where the two offsets part: a text with characters outside the BMP). Only the spans
 * leave nothing but a boolean; a span may be long (the gap between two figures).
 */
export async function spanMatches(db: Db, spans: readonly Span[], re2: string, re: RegExp): Promise<boolean[]> {
  const out: boolean[] = new Array<boolean>(spans.length).fill(false);
  for (let i = 0; i < spans.length; i += BATCH) {
    const batch = spans.slice(i, i + BATCH);
    const values = batch.map((s, j) => `(${i + j}, ${sqlString(s.doc_id)}, ${Math.trunc(s.start)}, ${Math.trunc(s.end)})`).join(', ');
    const rows = await queryRows(db, `
      WITH v(i, doc_id, s, e) AS (VALUES ${values}),
      docs AS (
        SELECT d.doc_id, d.text, regexp_matches(d.text, '${ASTRAL_RE2}') AS astral
        FROM documents d WHERE d.doc_id IN (${[...new Set(batch.map((s) => s.doc_id))].map(sqlString).join(', ')})
      )
      SELECT v.i, docs.astral, CASE WHEN docs.astral THEN NULL ELSE regexp_matches(substr(docs.text, v.s + 1, greatest(v.e - v.s, 0)), ${sqlString(re2)}) END AS hit
      FROM v JOIN docs USING (doc_id)`);
    const astral: number[] = [];
    for (const r of rows) {
      if (r.astral) astral.push(num(r.i));
      else out[num(r.i)] = Boolean(r.hit);
    }
    if (astral.length) {
      await forTexts(db, [...new Set(astral.map((k) => spans[k].doc_id))], (docId, text) => {
        for (const k of astral) if (spans[k].doc_id === docId) out[k] = re.test(text.slice(spans[k].start, spans[k].end));
      });
    }
  }
  return out;
}

/** Documents whose texts are read at once by `forTexts`: memory stays bounded whatever the count. */
const TEXT_BATCH = 50;

/** Call `fn` with the text of each document, a few documents at a time (for the rare check that needs a whole text). */
export async function forTexts(db: Db, docIds: readonly string[], fn: (docId: string, text: string) => void): Promise<void> {
  for (let i = 0; i < docIds.length; i += TEXT_BATCH) {
    const ids = docIds.slice(i, i + TEXT_BATCH).map(sqlString).join(', ');
    for (const r of await queryRows(db, `SELECT doc_id, text FROM documents WHERE doc_id IN (${ids})`)) fn(String(r.doc_id), String(r.text));
  }
}

/** Attach the exact quote of each evidence span (set-based, one query per few thousand spans). */
export async function withQuotes<T extends Span>(db: Db, spans: readonly T[]): Promise<(T & { text: string })[]> {
  const texts = await quoteSpans(db, spans);
  return spans.map((s, i) => ({ ...s, text: texts[i] }));
}
