export type OutputFormat = 'table' | 'json' | 'csv';

/** Rows (already JSON-safe) as a text table, a JSON array of objects, or CSV (RFC 4180). */
export function formatRows(columns: string[], rows: Record<string, unknown>[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  if (format === 'csv') {
    const esc = (s: string) => (/[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
    return [columns.map(esc).join(','), ...rows.map((r) => columns.map((c) => esc(cell(r[c]))).join(','))].join('\n') + '\n';
  }
  const MAX = 60;
  const text = rows.map((r) => columns.map((c) => { const s = cell(r[c]).replace(/\s+/gu, ' '); return s.length > MAX ? s.slice(0, MAX - 1) + '…' : s; }));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((t) => t[i].length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join(' │ ');
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...text.map(line), `(${rows.length} dòng)`].join('\n') + '\n';
}
