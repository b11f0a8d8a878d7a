import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineCommand } from 'citty';
import { closeDb, openDb, queryRows } from '../db/database.js';
import { limitResources, runChecks } from '../checks/runChecks.js';
import { DoisoatError } from '../errors.js';
import { DEFAULT_DB } from './ingest.js';

/**
 * DuckDB's memory ceiling for `check` (MB): every check is set-based, so 10 000 documents need far less; joins,
 * sorts and groupings above it spill to a temporary folder next to the database instead of growing the process.
 */
export const DEFAULT_CHECK_MEMORY_MB = 512;

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new DoisoatError('bad_usage', `--${name} phải là số nguyên dương, nhận "${v}".`);
  return n;
}

export default defineCommand({
  meta: { name: 'check', description: 'Chạy lại mọi phép kiểm tra trên cơ sở dữ liệu và ghi bảng flags.' },
  args: {
    db: { type: 'string', description: 'Tệp DuckDB', default: DEFAULT_DB },
    'fail-on': { type: 'enum', options: ['error', 'warning', 'never'], description: 'Thoát với mã 1 khi có cờ ở mức này trở lên', default: 'never' },
    'memory-mb': { type: 'string', description: 'Giới hạn bộ nhớ của DuckDB khi kiểm tra (MB); vượt quá thì ghi tạm ra đĩa', default: String(DEFAULT_CHECK_MEMORY_MB) },
    threads: { type: 'string', description: 'Số luồng DuckDB dùng khi kiểm tra (mặc định: số lõi CPU)' },
  },
  async run({ args }) {
    if (!existsSync(args.db)) throw new DoisoatError('bad_usage', `Không có cơ sở dữ liệu ${args.db}. Hãy chạy "doisoat ingest" trước.`);
    const memoryMb = positive('memory-mb', args['memory-mb']);
    const threads = args.threads === undefined ? availableParallelism() : positive('threads', args.threads);
    const db = await openDb(args.db);
    try {
      await limitResources(db, { memoryMb, threads });
      const s = await runChecks(db, null);
      const counts = await queryRows(db, `SELECT severity, count(*) AS n FROM flags GROUP BY severity`);
      const by = Object.fromEntries(counts.map((r) => [String(r.severity), Number(r.n)]));
      const lines = Object.entries(s.byCheck)
        .filter(([, c]) => c.error + c.warning + c.info > 0)
        .map(([id, c]) => `  ${id}: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin`);
      process.stderr.write([`Kiểm tra xong trong ${(s.millis / 1000).toFixed(2)} s: ${by.error ?? 0} lỗi, ${by.warning ?? 0} cảnh báo, ${by.info ?? 0} thông tin.`, ...lines].join('\n') + '\n');
      const failOn = args['fail-on'];
      const bad = failOn === 'error' ? (by.error ?? 0) : failOn === 'warning' ? (by.error ?? 0) + (by.warning ?? 0) : 0;
      process.exitCode = bad > 0 ? 1 : 0;
    } finally {
      closeDb(db);
    }
  },
});
