import { makeFlag, inScope, num, viNumber, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { parseNumber } from '../../extractors/numbers/index.js';
import type { Evidence, Flag } from '../../schemas/flags.js';

/**
 * Table totals: a total row (`Tổng cộng`, `Tổng số`, `Cộng`, `= (1+2)`) against the rows it sums, and a
 * total column (`Tổng số › Kế hoạch`) against the year columns with the same sub-header
 * (`Năm 2017 › Kế hoạch`, ...). Tolerance: half a unit of the last printed digit of every figure involved.
 * Empty cells are not stated: a column whose total is empty is not checked.
 */
const TOTAL_ROW = /^(tổng\s*cộng|tổng\s*số|tổng|cộng)\b/iu;
const TOTAL_COL = /^(tổng\s*số|tổng\s*cộng|tổng|cộng|lũy\s*kế|luỹ\s*kế)$/iu;
const YEAR_COL = /^năm\s+\d{4}$/iu;
const FILLER = /\b(tổng|cộng|số|=|\(.*\))\b/giu;

interface CellRow { row: number; col: number; text: string; start: number; end: number; header_path: string; row_label: string; is_header: boolean; page: number | null }
interface Val { scaled: bigint; decimals: number }

function value(text: string): Val | null {
  const t = text.trim();
  if (!t) return null;
  const p = parseNumber(t);
  return p.ok ? { scaled: p.digits, decimals: p.decimals } : null;
}

function scale(v: Val, d: number): bigint {
  return v.scaled * 10n ** BigInt(d - v.decimals);
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().replace(FILLER, ' ').split(/[^\p{L}\d]+/u).filter((w) => w.length > 0));
}

const table_total_mismatch: Check = {
  id: 'table_total_mismatch',
  scope: 'document',
  description: 'Dòng hoặc cột tổng của bảng không bằng tổng các thành phần.',
  async run(ctx) {
    const cells = await queryRows(ctx.db, `
      SELECT c.doc_id, c.table_index, c.row, c.col, c.text, c.start, c."end", c.header_path, c.row_label, c.is_header, c.page,
             t.caption
      FROM table_cells c JOIN tables t USING (doc_id, table_index)
      WHERE ${inScope(ctx, 'c')} ORDER BY c.doc_id, c.table_index, c.row, c.col`);
    const tables = new Map<string, { doc: string; caption: string | null; cells: CellRow[] }>();
    for (const c of cells) {
      const k = `${c.doc_id}#${c.table_index}`;
      const t = tables.get(k) ?? tables.set(k, { doc: String(c.doc_id), caption: c.caption === null ? null : String(c.caption), cells: [] }).get(k)!;
      t.cells.push({ row: num(c.row), col: num(c.col), text: String(c.text), start: num(c.start), end: num(c.end), header_path: String(c.header_path), row_label: String(c.row_label), is_header: Boolean(c.is_header), page: c.page === null ? null : num(c.page) });
    }
    const flags: Flag[] = [];
    for (const t of tables.values()) flags.push(...checkTable(t.doc, t.caption, t.cells));
    return flags;
  },
};

function checkTable(doc: string, caption: string | null, cells: CellRow[]): Flag[] {
  const rows = new Map<number, CellRow[]>();
  for (const c of cells) if (!c.is_header) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(c);
  const flags: Flag[] = [];
  const name = caption ? `bảng "${caption}"` : 'bảng';
  const ev = (c: CellRow): Evidence => ({ doc_id: doc, start: c.start, end: c.end, text: c.text, page: c.page });
  const compare = (total: CellRow, parts: CellRow[], what: string) => {
    const tv = value(total.text);
    const pv = parts.map((p) => value(p.text));
    if (!tv || pv.some((v, i) => !v && parts[i].text.trim() !== '') || pv.every((v) => !v)) return;
    const vals = pv.filter((v): v is Val => v !== null);
    // one decimal more than printed, so that half a unit of the last printed digit is a whole number
    const d = Math.max(tv.decimals, ...vals.map((v) => v.decimals)) + 1;
    const stated = scale(tv, d);
    const sum = vals.reduce((s, v) => s + scale(v, d), 0n);
    // a figure printed with decimals was rounded: it may be off by half a unit of its last digit; counts are exact
    const tol = [tv, ...vals].reduce((s, v) => s + (v.decimals > 0 ? 5n * 10n ** BigInt(d - v.decimals - 1) : 0n), 0n);
    const diff = stated > sum ? stated - sum : sum - stated;
    if (diff <= tol) return;
    const f = 10 ** d;
    const shown = d - 1;
    flags.push(makeFlag({
      check_id: 'table_total_mismatch', severity: 'error', doc_id: doc, related_doc_id: null,
      message: `Trong ${name}, ${what}: ô tổng ghi ${viNumber(Number(stated) / f, shown)} nhưng tổng các thành phần là ${viNumber(Number(sum) / f, shown)} (lệch ${viNumber(Number(diff) / f, shown)}).`,
      stated_value: Number(stated) / f, computed_value: Number(sum) / f, unit: 'count', tolerance: Number(tol) / f,
      evidence: [ev(total), ...parts.filter((p) => p.text.trim() !== '').map(ev)],
    }));
  };
  // total rows against the data rows above them (back to the previous total row)
  const order = [...rows.keys()].sort((a, b) => a - b);
  let from = 0;
  for (let i = 0; i < order.length; i++) {
    const r = rows.get(order[i])!;
    const label = r[0]?.row_label ?? '';
    if (!TOTAL_ROW.test(label)) continue;
    const above = order.slice(from, i).map((k) => rows.get(k)!).filter((cs) => cs.some((c) => c.col > 0 && value(c.text)));
    from = i + 1;
    const want = words(label);
    let parts = above.filter((cs) => { const w = words(cs[0]?.row_label ?? ''); return w.size > 0 && [...w].every((x) => want.has(x)); });
    if (!parts.length) parts = above;
    if (parts.length < 2) continue;
    for (const c of r) {
      if (c.col === 0 || !value(c.text)) continue;
      const col = parts.map((cs) => cs.find((x) => x.col === c.col)).filter((x): x is CellRow => !!x);
      compare(c, col, `dòng "${label}", cột "${c.header_path}"`);
    }
  }
  // total columns against year columns with the same sub-header
  const headers = new Map<number, string[]>();
  for (const c of cells) if (!c.is_header) headers.set(c.col, c.header_path.split(' › '));
  for (const [col, hp] of headers) {
    if (!TOTAL_COL.test(hp[0] ?? '')) continue;
    const sub = hp.slice(1).join(' › ');
    const yearCols = [...headers].filter(([, h]) => YEAR_COL.test(h[0] ?? '') && h.slice(1).join(' › ') === sub).map(([c]) => c);
    if (yearCols.length < 2) continue;
    for (const k of order) {
      const r = rows.get(k)!;
      const total = r.find((c) => c.col === col);
      if (!total) continue;
      compare(total, yearCols.map((yc) => r.find((c) => c.col === yc)).filter((x): x is CellRow => !!x), `dòng "${r[0]?.row_label ?? ''}", cột "${hp.join(' › ')}" so với các cột năm`);
    }
  }
  return flags;
}

export default table_total_mismatch;
