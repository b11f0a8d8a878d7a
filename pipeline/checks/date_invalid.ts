import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';

/** A date that does not exist (`31/02/2023`): kept as printed at extraction, flagged here. */
const date_invalid: Check = {
  id: 'date_invalid',
  scope: 'document',
  description: 'Ngày không tồn tại trong lịch (ví dụ 31/02/2023).',
  async run(ctx) {
    const rows = await queryRows(ctx.db, `
      SELECT d.doc_id, d.start, d."end", d.raw, d.page FROM dates d
      WHERE NOT d.valid AND ${inScope(ctx, 'd')} ORDER BY d.doc_id, d.start`);
    return rows.map((r) => makeFlag({
      check_id: 'date_invalid', severity: 'error', doc_id: String(r.doc_id), related_doc_id: null,
      message: `Ngày "${r.raw}" không tồn tại trong lịch.`,
      stated_value: null, computed_value: null, unit: null, tolerance: null,
      evidence: [{ doc_id: String(r.doc_id), start: num(r.start), end: num(r.end), text: String(r.raw), page: r.page === null ? null : num(r.page) }],
    }));
  },
};
export default date_invalid;
