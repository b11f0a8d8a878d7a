/**
 * The README table of bad inputs: makes the corpus in a temporary folder, ingests it (and the limit cases
 * with lowered limits), and prints one Markdown row per input with what the database says about it.
 *
 *   node dist/scripts/bad-inputs/table.js > tests/hostile/README-table.md
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../pipeline/ingest.js';
import { closeDb, openDb, queryRows } from '../../pipeline/db/database.js';
import type { ReadLimits } from '../../extractors/readers/types.js';
import { BAD_INPUTS, BIG_INPUTS, LIMIT_INPUTS, SEED_DOCX, SEED_TXT } from './cases.js';
import { makeBadInputs, repoRoot } from './make.js';

interface Line { input: string; what: string; path: string; how?: string }

const MB = 1024 * 1024;
const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

async function outcomes(paths: string[], db: string, limits: Partial<ReadLimits> = {}, memoryMb?: number): Promise<Map<string, Record<string, unknown>>> {
  await ingest({ paths, db, limits, memoryMb, jobs: 1, check: false });
  const conn = await openDb(db, { readOnly: true });
  try {
    const rows = await queryRows(conn, 'SELECT path, status, error_code, error_message, warnings FROM sources');
    return new Map(rows.map((r) => [String(r.path), r]));
  } finally {
    closeDb(conn);
  }
}

function row(l: Line, r: Record<string, unknown> | undefined): string {
  if (!r) return `| ${cell(l.input)} | ${cell(l.what)} | (no row) | |`;
  if (r.status === 'failed') return `| ${cell(l.input)} | ${cell(l.what)}${l.how ? ` (${l.how})` : ''} | \`${r.error_code}\` | ${cell(String(r.error_message))} |`;
  const warnings = JSON.parse(String(r.warnings)) as string[];
  const shown = warnings.length ? `loads, with warning ${warnings.map((w) => `\`${w}\``).join(', ')}` : 'loads';
  return `| ${cell(l.input)} | ${cell(l.what)}${l.how ? ` (${l.how})` : ''} | ${cell(shown)} | |`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'doisoat-bad-inputs-'));
  try {
    makeBadInputs(dir);
    const seedTxt = join(dir, 'seed.txt');
    const seedDocx = join(dir, 'seed.docx');
    copyFileSync(join(repoRoot(), 'fixtures', 'seeds', SEED_TXT), seedTxt);
    copyFileSync(join(repoRoot(), 'fixtures', 'seeds', SEED_DOCX), seedDocx);
    const out: string[] = [
      '| Input | What it is | Result (`sources.error_code`, or how it loads) | Message (`sources.error_message`) |',
      '| --- | --- | --- | --- |',
    ];
    const broken = await outcomes([join(dir, 'broken')], join(dir, 'broken.duckdb'));
    for (const c of BAD_INPUTS) out.push(row({ input: `\`${c.file.replace(/^broken\//u, '')}\``, what: c.what, path: join(dir, c.file) }, broken.get(join(dir, c.file))));
    const [slow, three] = LIMIT_INPUTS.map((c) => join(dir, c.file));
    const [big, oneLine] = BIG_INPUTS.map((c) => join(dir, c.file));
    const timed = await outcomes([slow, three], join(dir, 'limits.duckdb'), { maxMillis: 1000, maxPages: 2 });
    out.push(row({ input: '`limits/slow.pdf`', what: LIMIT_INPUTS[0].what, path: slow, how: '`--timeout-s 1`' }, timed.get(slow)));
    out.push(row({ input: '`limits/three-pages.pdf`', what: LIMIT_INPUTS[1].what, path: three, how: '`--max-pages 2`' }, timed.get(three)));
    const sized = await outcomes([big, oneLine], join(dir, 'size.duckdb'), { maxBytes: 4 * MB });
    out.push(row({ input: '`big/50mb.txt`', what: BIG_INPUTS[0].what, path: big, how: '`--max-mb 4`' }, sized.get(big)));
    out.push(row({ input: '`big/one-line.txt`', what: BIG_INPUTS[1].what, path: oneLine, how: '`--max-mb 4`' }, sized.get(oneLine)));
    const loaded = await outcomes([oneLine], join(dir, 'one-line.duckdb'));
    out.push(row({ input: '`big/one-line.txt`', what: BIG_INPUTS[1].what, path: oneLine, how: 'default limits' }, loaded.get(oneLine)));
    const memory = await outcomes([oneLine], join(dir, 'memory.duckdb'), {}, 64);
    out.push(row({ input: '`big/one-line.txt`', what: BIG_INPUTS[1].what, path: oneLine, how: '`--max-memory-mb 64`' }, memory.get(oneLine)));
    const unzip = await outcomes([seedDocx], join(dir, 'unzip.duckdb'), { maxDecompressedBytes: 0.01 * MB });
    out.push(row({ input: 'a seed `.docx`', what: 'A real report', path: seedDocx, how: '`--max-unzip-mb 0.01`' }, unzip.get(seedDocx)));
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 2;
});
