import { defineCommand } from 'citty';
import { exportParquet } from '../export/parquet.js';
import { DoisoatError } from '../errors.js';
import { DEFAULT_DB } from './ingest.js';

export default defineCommand({
  meta: { name: 'export', description: 'Xuất mọi bảng ra Parquet, phân vùng theo tỉnh và năm (tinh=…/nam=…).' },
  args: {
    parquet: { type: 'string', description: 'Thư mục đích cho các tệp Parquet' },
    db: { type: 'string', description: 'Tệp DuckDB', default: DEFAULT_DB },
    overwrite: { type: 'boolean', description: 'Ghi đè dữ liệu xuất cũ trong thư mục đích', default: false },
  },
  async run({ args }) {
    if (!args.parquet) throw new DoisoatError('bad_usage', 'Cần --parquet DIR (thư mục đích).');
    const s = await exportParquet({ db: args.db, dir: args.parquet, overwrite: args.overwrite });
    const provinces = Object.entries(s.provinces).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ');
    const lines = [
      `Đã xuất ${s.tables.filter((t) => t.rows > 0).length} bảng (${s.tables.reduce((n, t) => n + t.rows, 0)} dòng, ${s.tables.reduce((n, t) => n + t.files, 0)} tệp) trong ${(s.millis / 1000).toFixed(1)} s → ${s.dir}`,
      ...s.tables.map((t) => `  ${t.table}: ${t.rows} dòng, ${t.files} tệp`),
      `  văn bản theo tỉnh: ${provinces || '(không có)'}`,
    ];
    process.stderr.write(lines.join('\n') + '\n');
  },
});
