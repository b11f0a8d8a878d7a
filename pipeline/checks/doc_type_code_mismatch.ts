import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { typeCodeOfName } from '../../extractors/header/typeNames.js';
import { ASTRAL_RE2, forTexts, quoteSpans, sqlString } from './quotes.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * The type name disagrees with the type code: `Công văn số 311/QĐ-HĐND` (a Công văn carries no type code;
 * QĐ is a Quyết định), in a reference or in the report's own header (`BÁO CÁO` with `Số: 12/KH-UBND`).
 * Set-based: the references come flagged by extraction (`issues`), the headers are compared on their columns;
 * only the flagged ones are quoted.
 */
/** Documents whose header positions are looked up in one query. */
const BATCH = 1000;

const doc_type_code_mismatch: Check = {
  id: 'doc_type_code_mismatch',
  scope: 'document',
  description: 'Tên loại văn bản không khớp với mã loại trong số ký hiệu.',
  async run(ctx) {
    const refs = await queryRows(ctx.db, `
      SELECT r.doc_id, r.full_start, r."end", r.raw, r.ref_type_name, r.type_code, r.page
      FROM doc_refs r
      WHERE CAST(r.issues AS VARCHAR) LIKE '%"type_code_mismatch"%' AND ${inScope(ctx, 'r')}
      ORDER BY r.doc_id, r.start`);
    const refQuotes = await quoteSpans(ctx.db, refs.map((r) => ({ doc_id: String(r.doc_id), start: num(r.full_start), end: num(r.end) })));
    const flags: Flag[] = refs.map((r, i) => makeFlag({
      check_id: 'doc_type_code_mismatch', severity: 'error', doc_id: String(r.doc_id), related_doc_id: null,
      message: `Văn bản được gọi là "${r.ref_type_name}" nhưng số ký hiệu "${r.raw}" mang mã loại "${r.type_code ?? ''}"${expected(String(r.ref_type_name))}.`,
      stated_value: null, computed_value: null, unit: null, tolerance: null,
      evidence: [{ doc_id: String(r.doc_id), start: num(r.full_start), end: num(r.end), text: refQuotes[i], page: r.page === null ? null : num(r.page) }],
    }));
    const docs = (await queryRows(ctx.db, `
      SELECT d.doc_id, d.doc_type_name, d.doc_type_code, d.symbol FROM documents d
      WHERE d.doc_type_name IS NOT NULL AND d.doc_type_code IS NOT NULL AND ${inScope(ctx, 'd')}`))
      .filter((d) => {
        const want = typeCodeOfName(String(d.doc_type_name));
        return want && want.toUpperCase() !== String(d.doc_type_code).toUpperCase();
      });
    for (const [d, at, tl] of await firstPositions(ctx, docs)) {
      if (at < 0 || tl < 0) continue;
      flags.push(makeFlag({
        check_id: 'doc_type_code_mismatch', severity: 'error', doc_id: String(d.doc_id), related_doc_id: null,
        message: `Văn bản là "${d.doc_type_name}" (mã ${typeCodeOfName(String(d.doc_type_name))}) nhưng số ký hiệu của chính nó là "${d.symbol}".`,
        stated_value: null, computed_value: null, unit: null, tolerance: null,
        evidence: [
          { doc_id: String(d.doc_id), start: at, end: at + String(d.symbol).length, text: String(d.symbol), page: null },
          { doc_id: String(d.doc_id), start: tl, end: tl + String(d.doc_type_name).length, text: String(d.doc_type_name), page: null },
        ],
      }));
    }
    return flags;
  },
};

type Row = Record<string, unknown>;

/**
 * For each document, where its symbol and its type name first appear in its text (UTF-16 offsets, -1 when
 * absent): DuckDB's strpos counts code points, which are our offsets unless the text holds a character outside
 * the BMP before them; those texts (rare) are searched here.
 */
async function firstPositions(ctx: Parameters<Check['run']>[0], docs: Row[]): Promise<[Row, number, number][]> {
  const out: [Row, number, number][] = [];
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    const byId = new Map(batch.map((d) => [String(d.doc_id), d]));
    const rows = await queryRows(ctx.db, `
      SELECT d.doc_id, strpos(d.text, d.symbol) - 1 AS at, strpos(d.text, d.doc_type_name) - 1 AS tl,
             regexp_matches(substr(d.text, 1, greatest(strpos(d.text, d.symbol), strpos(d.text, d.doc_type_name))), '${ASTRAL_RE2}') AS astral
      FROM documents d WHERE d.doc_id IN (${batch.map((d) => sqlString(String(d.doc_id))).join(', ')})
      ORDER BY d.doc_id`);
    const astral: string[] = [];
    for (const r of rows) {
      if (r.astral) astral.push(String(r.doc_id));
      else out.push([byId.get(String(r.doc_id))!, r.at === null ? -1 : num(r.at), r.tl === null ? -1 : num(r.tl)]);
    }
    await forTexts(ctx.db, astral, (docId, text) => {
      const d = byId.get(docId)!;
      out.push([d, text.indexOf(String(d.symbol)), text.indexOf(String(d.doc_type_name))]);
    });
  }
  return out;
}

function expected(name: string): string {
  const code = typeCodeOfName(name.toUpperCase());
  return code ? ` (mã của ${name} là ${code})` : name.toUpperCase() === 'CÔNG VĂN' ? ' (công văn không có mã loại)' : '';
}
export default doc_type_code_mismatch;
