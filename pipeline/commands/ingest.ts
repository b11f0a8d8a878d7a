import { defineCommand } from 'citty';
import { SingleBar, Presets } from 'cli-progress';
import { DEFAULT_DB_MEMORY_MB, DEFAULT_WORKER_MEMORY_MB, ingest, type Progress } from '../ingest.js';
import { DoisoatError } from '../errors.js';
import { DEFAULT_LIMITS } from '../../extractors/readers/types.js';

export const DEFAULT_DB = 'out/doisoat.duckdb';
const MB = 1024 * 1024;

export default defineCommand({
  meta: { name: 'ingest', description: 'Đọc các tệp/thư mục (.txt, .docx, .pdf) vào cơ sở dữ liệu DuckDB.' },
  args: {
    paths: { type: 'positional', description: 'Tệp hoặc thư mục (duyệt đệ quy)', required: true },
    db: { type: 'string', description: 'Tệp DuckDB', default: DEFAULT_DB },
    jobs: { type: 'string', description: 'Số luồng đọc song song (mặc định: số lõi CPU)' },
    force: { type: 'boolean', description: 'Đọc lại cả các tệp đã có (cùng sha256)', default: false },
    'max-mb': { type: 'string', description: 'Giới hạn kích thước một tệp (MB)', default: '64' },
    'max-pages': { type: 'string', description: 'Giới hạn số trang PDF', default: '2000' },
    'timeout-s': { type: 'string', description: 'Giới hạn thời gian đọc một tệp (giây)', default: '120' },
    'max-unzip-mb': { type: 'string', description: 'Giới hạn dung lượng giải nén của một tệp .docx (MB)', default: String(DEFAULT_LIMITS.maxDecompressedBytes / MB) },
    'max-memory-mb': { type: 'string', description: 'Giới hạn bộ nhớ của mỗi luồng đọc (MB)', default: String(DEFAULT_WORKER_MEMORY_MB) },
    'db-memory-mb': { type: 'string', description: 'Giới hạn bộ nhớ của DuckDB khi nạp (MB)', default: String(DEFAULT_DB_MEMORY_MB) },
    check: { type: 'boolean', description: 'Chạy các phép kiểm tra trên các tài liệu mới sau khi nạp; --no-check: chỉ đọc và nạp (kiểm tra sau bằng `doisoat check`)', default: true },
  },
  async run({ args }) {
    const paths = args._.length ? args._ : [args.paths];
    const jobs = args.jobs ? Number(args.jobs) : undefined;
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new DoisoatError('bad_usage', `--jobs phải là số nguyên dương, nhận "${args.jobs}".`);
    const num = (name: string, v: string) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new DoisoatError('bad_usage', `--${name} phải là số dương, nhận "${v}".`);
      return n;
    };
    const tty = process.stderr.isTTY === true;
    const bar = tty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} tệp | {pages} trang | {failed} lỗi | {current}', hideCursor: true, stream: process.stderr }, Presets.shades_classic) : null;
    let started = false;
    let lastLine = 0;
    const onProgress = (p: Progress) => {
      const short = p.current.length > 40 ? '…' + p.current.slice(-39) : p.current;
      if (bar) {
        if (!started) { bar.start(p.total, 0, { pages: 0, failed: 0, current: '' }); started = true; }
        bar.update(p.done, { pages: p.pages, failed: p.failed, current: short });
      } else if (Date.now() - lastLine > 2000 || p.done === p.total) {
        lastLine = Date.now();
        process.stderr.write(`ingest: ${p.done}/${p.total} tệp, ${p.pages} trang, ${p.failed} lỗi, ${p.skipped} bỏ qua\n`);
      }
    };
    const s = await ingest({
      paths, db: args.db, jobs, force: args.force, onProgress, command: ['ingest', ...process.argv.slice(3)].join(' '),
      check: args.check !== false,
      memoryMb: num('max-memory-mb', args['max-memory-mb']),
      dbMemoryMb: num('db-memory-mb', args['db-memory-mb']),
      limits: {
        maxBytes: num('max-mb', args['max-mb']) * MB,
        maxPages: num('max-pages', args['max-pages']),
        maxMillis: num('timeout-s', args['timeout-s']) * 1000,
        maxDecompressedBytes: num('max-unzip-mb', args['max-unzip-mb']) * MB,
      },
    });
    bar?.stop();
    const lines = [
      `Đã nạp ${s.loaded} tệp, bỏ qua ${s.skipped} tệp không đổi, ${s.failed.length} tệp lỗi, trong ${(s.millis / 1000).toFixed(1)} s (${s.rows} dòng, ${s.pages} trang) → ${args.db}`,
      ...s.failed.map((f) => `  LỖI ${f.code}: ${f.path}: ${f.message}`),
      ...(s.ignored.length ? [`  (không xét ${s.ignored.length} tệp có phần mở rộng khác .txt/.docx/.pdf)`] : []),
      ...(s.skipped && !s.loaded && !s.failed.length ? ['  Không có gì mới: mọi tệp đều đã có trong cơ sở dữ liệu.'] : []),
    ];
    process.stderr.write(lines.join('\n') + '\n');
    process.exitCode = s.failed.length ? 1 : 0;
  },
});
