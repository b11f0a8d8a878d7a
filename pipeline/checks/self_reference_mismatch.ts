import { makeFlag, viDate, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';

/**
 * An appendix says `(Kèm theo Báo cáo số: 2043/BC-UBND ngày 18 tháng 10 năm 2020 ...)` while the report
 * itself is `2049/BC-UBND` of `14 tháng 10 năm 2020`: number, symbol or date disagree with the header.
 * A draft (blank number or day) is compared only on what it states.
 */
const KEM_THEO = /k[èe]m\s+theo(?:\s+(?:báo cáo|quyết định|kế hoạch|tờ trình)(?:\s+số)?)?$/iu;

const self_reference_mismatch: Check = {
  id: 'self_reference_mismatch',
  scope: 'document',
  description: 'Phụ lục ghi "Kèm theo Báo cáo số ... ngày ..." khác với số, ký hiệu hoặc ngày của chính báo cáo.',
  async run(ctx) {
    const rows = await queryRows(ctx.db, `
      SELECT r.doc_id, r.start, r."end", r.full_start, r.full_end, r.raw, r.number, r.symbol, r.issuer_code, r.type_code,
             CAST(r.issued_on AS VARCHAR) AS ref_on, r.page,
             d.number AS own_number, d.symbol AS own_symbol, CAST(d.issued_on AS VARCHAR) AS own_on,
             d.issued_year, d.issued_month, d.issued_day, d.doc_type_code,
             substring(d.text, greatest(r.full_start - 40, 0) + 1, r.full_start - greatest(r.full_start - 40, 0)) AS before,
             substring(d.text, r.full_start + 1, r.full_end - r.full_start) AS quote
      FROM doc_refs r JOIN documents d USING (doc_id)
      WHERE ${inScope(ctx, 'r')} ORDER BY r.doc_id, r.start`);
    const flags = [];
    for (const r of rows) {
      if (!KEM_THEO.test(String(r.before).replace(/[\s(:]+$/u, ''))) continue;
      const problems: string[] = [];
      const ownNumber = r.own_number === null ? null : num(r.own_number);
      if (ownNumber !== null && r.number !== null && num(r.number) !== ownNumber) problems.push(`số ${num(r.number)} khác số ${ownNumber} của báo cáo`);
      const ownSym = r.own_symbol ? String(r.own_symbol).replace(/\s+/gu, '') : null;
      const refSym = String(r.symbol).replace(/\s+/gu, '').replace(/^\/+/u, '');
      if (ownSym && refSym && !refSym.toUpperCase().endsWith(ownSym.toUpperCase()) && !ownSym.toUpperCase().endsWith(refSym.toUpperCase())) problems.push(`ký hiệu ${refSym} khác ${ownSym}`);
      if (r.ref_on && r.own_on && r.ref_on !== r.own_on) problems.push(`ngày ${viDate(String(r.ref_on))} khác ngày ${viDate(String(r.own_on))} của báo cáo`);
      if (r.ref_on && !r.own_on && r.issued_year !== null) {
        const [y, m] = String(r.ref_on).split('-').map(Number);
        if (y !== num(r.issued_year) || (r.issued_month !== null && m !== num(r.issued_month))) problems.push(`ngày ${viDate(String(r.ref_on))} khác tháng ${num(r.issued_month)}/${num(r.issued_year)} của báo cáo`);
      }
      if (!problems.length) continue;
      const header = await queryRows(ctx.db, `SELECT text FROM documents WHERE doc_id = $1`, [r.doc_id]);
      const text = String(header[0].text);
      const own = ownHeaderEvidence(text);
      flags.push(makeFlag({
        check_id: 'self_reference_mismatch', severity: 'error', doc_id: String(r.doc_id), related_doc_id: null,
        message: `Phụ lục ghi "Kèm theo Báo cáo số ${String(r.raw)}" nhưng ${problems.join('; ')}.`,
        stated_value: r.number === null ? null : num(r.number), computed_value: ownNumber, unit: null, tolerance: null,
        evidence: [
          { doc_id: String(r.doc_id), start: num(r.full_start), end: num(r.full_end), text: String(r.quote), page: r.page === null ? null : num(r.page) },
          ...own.map((o) => ({ doc_id: String(r.doc_id), ...o, page: null })),
        ],
      }));
    }
    return flags;
  },
};

/** The report's own `Số: ...` and place-and-date lines, quoted. */
function ownHeaderEvidence(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const re of [/Số\s*:?\s*\d*\s*\/\s*\S+/u, /[\p{L} ]+,\s*ngày\s*\d{0,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/u]) {
    const m = re.exec(text.slice(0, 3000));
    if (m) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export default self_reference_mismatch;
