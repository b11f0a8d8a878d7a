import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { typeCodeOfName } from '../../extractors/header/typeNames.js';

/**
 * The type name disagrees with the type code: `Công văn số 311/QĐ-HĐND` (a Công văn carries no type code;
 * QĐ is a Quyết định), in a reference or in the report's own header (`BÁO CÁO` with `Số: 12/KH-UBND`).
 */
const doc_type_code_mismatch: Check = {
  id: 'doc_type_code_mismatch',
  scope: 'document',
  description: 'Tên loại văn bản không khớp với mã loại trong số ký hiệu.',
  async run(ctx) {
    const refs = await queryRows(ctx.db, `
      SELECT r.doc_id, r.full_start, r."end", r.raw, r.ref_type_name, r.type_code, r.page,
             substring(d.text, r.full_start + 1, r."end" - r.full_start) AS quote
      FROM doc_refs r JOIN documents d USING (doc_id)
      WHERE CAST(r.issues AS VARCHAR) LIKE '%"type_code_mismatch"%' AND ${inScope(ctx, 'r')}
      ORDER BY r.doc_id, r.start`);
    const flags = refs.map((r) => makeFlag({
      check_id: 'doc_type_code_mismatch', severity: 'error', doc_id: String(r.doc_id), related_doc_id: null,
      message: `Văn bản được gọi là "${r.ref_type_name}" nhưng số ký hiệu "${r.raw}" mang mã loại "${r.type_code ?? ''}"${expected(String(r.ref_type_name))}.`,
      stated_value: null, computed_value: null, unit: null, tolerance: null,
      evidence: [{ doc_id: String(r.doc_id), start: num(r.full_start), end: num(r.end), text: String(r.quote), page: r.page === null ? null : num(r.page) }],
    }));
    const docs = await queryRows(ctx.db, `
      SELECT d.doc_id, d.doc_type_name, d.doc_type_code, d.symbol FROM documents d
      WHERE d.doc_type_name IS NOT NULL AND d.doc_type_code IS NOT NULL AND ${inScope(ctx, 'd')}`);
    for (const d of docs) {
      const want = typeCodeOfName(String(d.doc_type_name));
      if (!want || want.toUpperCase() === String(d.doc_type_code).toUpperCase()) continue;
      const text = String((await queryRows(ctx.db, `SELECT text FROM documents WHERE doc_id = $1`, [d.doc_id]))[0].text);
      const at = text.indexOf(String(d.symbol));
      const tl = text.indexOf(String(d.doc_type_name));
      if (at < 0 || tl < 0) continue;
      flags.push(makeFlag({
        check_id: 'doc_type_code_mismatch', severity: 'error', doc_id: String(d.doc_id), related_doc_id: null,
        message: `Văn bản là "${d.doc_type_name}" (mã ${want}) nhưng số ký hiệu của chính nó là "${d.symbol}".`,
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

function expected(name: string): string {
  const code = typeCodeOfName(name.toUpperCase());
  return code ? ` (mã của ${name} là ${code})` : name.toUpperCase() === 'CÔNG VĂN' ? ' (công văn không có mã loại)' : '';
}
export default doc_type_code_mismatch;
