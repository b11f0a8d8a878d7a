import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { closeDb, openDb } from '../db/database.js';
import { DoisoatError } from '../errors.js';
import { loadReport, type ReportData, type Severity } from '../report/loadReport.js';
import { DEFAULT_DB } from './ingest.js';

export const REPORT_FORMATS = ['md', 'html', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One renderer per format, loaded only when asked for (exceljs is heavy). */
export async function renderReport(data: ReportData, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'md': return (await import('../report/markdown.js')).renderMarkdown(data);
    case 'html': return (await import('../report/html.js')).renderHtml(data);
    case 'xlsx': return (await import('../report/xlsx.js')).renderXlsx(data);
    case 'json': return (await import('../report/json.js')).renderJson(data);
  }
}

export default defineCommand({
  meta: { name: 'report', description: 'In báo cáo các cờ (md, html, xlsx, json), nhóm theo văn bản, lỗi trước. Chỉ đọc cơ sở dữ liệu.' },
  args: {
    format: { type: 'enum', options: [...REPORT_FORMATS], description: 'Định dạng báo cáo', default: 'md' },
    out: { type: 'string', description: 'Tệp kết quả (bắt buộc với xlsx); không có thì in ra màn hình' },
    db: { type: 'string', description: 'Tệp DuckDB', default: DEFAULT_DB },
    severity: { type: 'enum', options: ['error', 'warning', 'info'], description: 'Chỉ các cờ ở mức này trở lên (error: chỉ lỗi)' },
  },
  async run({ args }) {
    const format = args.format as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new DoisoatError('bad_usage', `Định dạng không rõ "${String(args.format)}". Chọn một trong: ${REPORT_FORMATS.join(', ')}.`);
    if (format === 'xlsx' && !args.out) throw new DoisoatError('bad_usage', 'Định dạng xlsx cần tệp kết quả: thêm --out TỆP.xlsx.');
    if (!existsSync(args.db)) throw new DoisoatError('bad_usage', `Không có cơ sở dữ liệu ${args.db}. Hãy chạy "doisoat ingest" trước.`);
    const db = await openDb(args.db, { readOnly: true });
    let data: ReportData;
    try {
      data = await loadReport(db, { minSeverity: (args.severity as Severity | undefined) ?? null });
    } finally {
      closeDb(db);
    }
    const output = await renderReport(data, format);
    if (!args.out) {
      process.stdout.write(output);
      return;
    }
    const out = resolve(args.out);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, output);
    } catch (e) {
      throw new DoisoatError('bad_usage', `Không ghi được ${out}: ${(e as Error).message}`);
    }
    const n = data.groups.reduce((s, g) => s + g.flags.length, 0);
    process.stderr.write(`Đã ghi báo cáo ${format} (${n} cờ, ${data.groups.length} văn bản) → ${out}\n`);
  },
});
