import { makeFlag, viDate, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * One document cited differently anywhere in the database:
 * - the same number and date with the same issuer code but another symbol (`252/BTTTT-KHHC` vs `252/BTTTT-KHTC`);
 * - the same symbol (canonical key) in the same year with two different dates.
 * Numbers restart every 1 January, so the same key in different years is a different document.
 */
const docref_conflict: Check = {
  id: 'docref_conflict',
  scope: 'corpus',
  description: 'Cùng một văn bản được trích dẫn với số ký hiệu hoặc ngày khác nhau.',
  async run(ctx) {
    const refs = await queryRows(ctx.db, `
      SELECT r.doc_id, r.start, r."end", r.full_start, r.full_end, r.raw, r.number, r.issuer_code, r.canonical_key,
             CAST(r.issued_on AS VARCHAR) AS issued_on, r.page, r.ref_type_name,
             substring(d.text, r.full_start + 1, least(r.full_end - r.full_start, 160)) AS quote
      FROM doc_refs r JOIN documents d USING (doc_id)
      WHERE r.number IS NOT NULL ORDER BY r.doc_id, r.start`);
    const flags: Flag[] = [];
    const seen = new Set<string>();
    const ev = (r: Record<string, unknown>) => ({ doc_id: String(r.doc_id), start: num(r.full_start), end: Math.min(num(r.full_end), num(r.full_start) + 160), text: String(r.quote), page: r.page === null ? null : num(r.page) });
    const push = (a: Record<string, unknown>, b: Record<string, unknown>, message: string) => {
      const key = [a.canonical_key, b.canonical_key, a.issued_on, b.issued_on, a.doc_id, b.doc_id].join('|');
      if (seen.has(key)) return;
      seen.add(key);
      flags.push(makeFlag({
        check_id: 'docref_conflict', severity: 'error', doc_id: String(a.doc_id), related_doc_id: a.doc_id === b.doc_id ? null : String(b.doc_id),
        message, stated_value: null, computed_value: null, unit: null, tolerance: null, evidence: [ev(a), ev(b)],
      }));
    };
    // by number + date + issuer: different symbols
    const byDate = new Map<string, Record<string, unknown>[]>();
    for (const r of refs) {
      if (!r.issued_on || !r.issuer_code) continue;
      const k = `${num(r.number)}|${r.issued_on}|${fold(String(r.issuer_code))}`;
      (byDate.get(k) ?? byDate.set(k, []).get(k)!).push(r);
    }
    for (const group of byDate.values()) {
      const first = new Map<string, Record<string, unknown>>();
      for (const r of group) if (!first.has(String(r.canonical_key))) first.set(String(r.canonical_key), r);
      const distinct = [...first.values()];
      for (let i = 1; i < distinct.length; i++) {
        const a = distinct[0];
        const b = distinct[i];
        push(a, b, `Cùng văn bản số ${num(a.number)} ngày ${viDate(String(a.issued_on))} được trích với hai ký hiệu khác nhau: "${a.raw}" và "${b.raw}".`);
      }
    }
    // by canonical key + year: different dates
    const byKey = new Map<string, Record<string, unknown>[]>();
    for (const r of refs) {
      if (!r.issued_on) continue;
      const k = `${r.canonical_key}|${String(r.issued_on).slice(0, 4)}`;
      (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(r);
    }
    for (const group of byKey.values()) {
      const first = new Map<string, Record<string, unknown>>();
      for (const r of group) if (!first.has(String(r.issued_on))) first.set(String(r.issued_on), r);
      const distinct = [...first.values()];
      for (let i = 1; i < distinct.length; i++) {
        const a = distinct[0];
        const b = distinct[i];
        push(a, b, `Văn bản "${a.raw}" được trích với hai ngày khác nhau: ${viDate(String(a.issued_on))} và ${viDate(String(b.issued_on))}.`);
      }
    }
    return flags;
  },
};

function fold(s: string): string {
  return s.normalize('NFC').toUpperCase().replace(/[ĐÐ]/gu, 'D').replace(/\s+/gu, '');
}

export default docref_conflict;
