import { existsSync } from 'node:fs';
import { defineCommand } from 'citty';
import { StatementType } from '@duckdb/node-api';
import { closeDb, openDb } from '../db/database.js';
import { DoisoatError } from '../errors.js';
import { jsonValue } from '../json.js';
import { formatRows, type OutputFormat } from '../format.js';
import { DEFAULT_DB } from './ingest.js';

const READ_ONLY_TYPES = new Set<number>([StatementType.SELECT, StatementType.EXPLAIN]);
/** EXPLAIN ANALYZE runs the statement it explains: `EXPLAIN ANALYZE COPY (...) TO 'file'` writes a file. */
const EXPLAIN_ANALYZE = /\bEXPLAIN\s*(?:\(\s*)?ANALY[SZ]E\b/iu;
/** EXPORT DATABASE creates its folder when it is merely prepared, so it is refused from the text. */
const EXPORT_DATABASE = /(?:^|;)\s*EXPORT\s+DATABASE\b/iu;

function refused(n: number): DoisoatError {
  return new DoisoatError('read_only', `Lệnh query chỉ được đọc (SELECT); câu lệnh thứ ${n} sẽ ghi hoặc thay đổi cơ sở dữ liệu nên bị từ chối.`);
}

export default defineCommand({
  meta: { name: 'query', description: 'Chạy một câu SQL chỉ-đọc trên cơ sở dữ liệu.' },
  args: {
    sql: { type: 'positional', description: 'Câu lệnh SQL (SELECT)', required: true },
    db: { type: 'string', description: 'Tệp DuckDB', default: DEFAULT_DB },
    format: { type: 'enum', options: ['table', 'json', 'csv'], description: 'Định dạng kết quả', default: 'table' },
  },
  async run({ args }) {
    if (!existsSync(args.db)) throw new DoisoatError('bad_usage', `Không có cơ sở dữ liệu ${args.db}. Hãy chạy "doisoat ingest" trước.`);
    const db = await openDb(args.db, { readOnly: true });
    try {
      const stmts = await db.conn.extractStatements(args.sql);
      if (stmts.count === 0) throw new DoisoatError('bad_usage', 'Câu lệnh SQL rỗng.');
      const exported = EXPORT_DATABASE.exec(args.sql);
      if (exported) throw refused(args.sql.slice(0, exported.index + 1).split(';').length);
      let rows: Record<string, unknown>[] = [];
      let columns: string[] = [];
      // every statement is checked before any runs
      const prepared = [];
      for (let i = 0; i < stmts.count; i++) {
        const st = await stmts.prepare(i);
        if (!READ_ONLY_TYPES.has(st.statementType) || (st.statementType === StatementType.EXPLAIN && EXPLAIN_ANALYZE.test(args.sql))) throw refused(i + 1);
        prepared.push(st);
      }
      for (const st of prepared) {
        const r = await st.runAndReadAll();
        columns = r.columnNames();
        rows = r.getRowObjects() as Record<string, unknown>[];
      }
      process.stdout.write(formatRows(columns, rows.map((r) => jsonValue(r) as Record<string, unknown>), args.format as OutputFormat));
    } catch (e) {
      if (e instanceof DoisoatError) throw e;
      throw new DoisoatError('bad_usage', `SQL lỗi: ${(e as Error).message}`);
    } finally {
      closeDb(db);
    }
  },
});
