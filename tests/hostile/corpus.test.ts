/**
 * One `ingest` over the folder of broken, hostile and odd inputs (scripts/bad-inputs): every file gets a
 * sources row with the expected status and code and a message for a clerk; the run goes on and exits 1;
 * no failed file leaves a row in any document table; a rerun retries the failures without duplicating.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, GOOD_INPUT, HOMOGLYPH_TEXT, SEED_PDF } from '../../scripts/bad-inputs/cases.js';
import { makeBadInputs } from '../../scripts/bad-inputs/make.js';
import { readBytes } from '../../pipeline/read.js';
import { buildDocument } from '../../pipeline/extract.js';
import { ERROR_CODES } from '../../pipeline/errors.js';
import { NOT_FOR_A_CLERK, orphanRows, query, runCli, SEEDS, tempDir, VIETNAMESE, type CliResult, type Row, removeDir } from './helpers.js';

const dir = tempDir('corpus');
afterAll(() => removeDir(dir));
const db = join(dir, 'db.duckdb');
const broken = join(dir, 'broken');
let first: CliResult;
let sources: Map<string, Row>;
const pathOf = (file: string) => join(dir, file);

async function sourcesByPath(): Promise<Map<string, Row>> {
  const rows = await query(db, 'SELECT * FROM sources');
  return new Map(rows.map((r) => [String(r.path), r]));
}

async function docIdOf(file: string): Promise<string> {
  const row = sources.get(pathOf(file));
  expect(row?.status, file).toBe('ok');
  return String(row!.source_id);
}

beforeAll(async () => {
  makeBadInputs(dir, ['broken']);
  first = await runCli(['ingest', broken, '--db', db, '--jobs', '2']);
  sources = await sourcesByPath();
});

describe('one ingest over the broken folder', () => {
  it('goes on past every failure and exits 1, naming each failed file on stderr', () => {
    expect(first.code).toBe(1);
    expect(first.stderr).not.toMatch(/\n\s+at /u);
    for (const c of BAD_INPUTS.filter((x) => x.expect.status === 'failed')) {
      expect(first.stderr).toContain(`LỖI ${(c.expect as { code: string }).code}: ${pathOf(c.file)}:`);
    }
  });

  it('writes one sources row per input, nothing dropped', () => {
    const expected = [...BAD_INPUTS.map((c) => pathOf(c.file)), pathOf(GOOD_INPUT.file)].sort();
    expect([...sources.keys()].sort()).toEqual(expected);
  });

  it.each(BAD_INPUTS.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const row = sources.get(pathOf(file));
    expect(row, file).toBeDefined();
    if (c.expect.status === 'failed') {
      expect({ status: row!.status, code: row!.error_code }).toEqual({ status: 'failed', code: c.expect.code });
      const message = String(row!.error_message);
      expect(message).toMatch(VIETNAMESE);
      expect(message).not.toMatch(NOT_FOR_A_CLERK);
      expect(Object.keys(ERROR_CODES)).toContain(row!.error_code);
    } else {
      expect({ status: row!.status, code: row!.error_code, message: row!.error_message }).toEqual({ status: 'ok', code: null, message: null });
      const warnings = JSON.parse(String(row!.warnings)) as string[];
      const warning = c.expect.warning;
      if (warning === null) expect(warnings).toEqual([]);
      else expect(warnings.some((w) => w.startsWith(`${warning}:`)), JSON.stringify(warnings)).toBe(true);
    }
  });

  it('leaves no row of a failed file in any document table (nor flags)', async () => {
    const orphans = await orphanRows(db);
    expect(Object.values(orphans).every((n) => n === 0), JSON.stringify(orphans)).toBe(true);
    const [failed] = await query(db, `SELECT count(*)::INTEGER AS n FROM sources WHERE status = 'failed'`);
    expect(Number(failed.n)).toBe(BAD_INPUTS.filter((c) => c.expect.status === 'failed').length);
  });

  it('has a documents row for every loaded source', async () => {
    const missing = await query(db, `SELECT path FROM sources WHERE status = 'ok' AND source_id NOT IN (SELECT doc_id FROM documents)`);
    expect(missing).toEqual([]);
  });
});

describe('odd but readable inputs keep their content', () => {
  const amountsOf = async (file: string) =>
    (await query(db, `SELECT raw, value_dong::VARCHAR AS v FROM amounts WHERE doc_id = '${await docIdOf(file)}' ORDER BY start`)).map((r) => `${r.raw}=${r.v}`);

  it('NUL bytes and bidi controls removed: the same amounts as the clean seed', async () => {
    const clean = await amountsOf(GOOD_INPUT.file);
    expect(clean.slice(0, 3)).toEqual(['1.571,6 triệu đồng=1571600000', '1.551 triệu đồng=1551000000', '20,6 triệu đồng=20600000']);
    expect(await amountsOf('broken/txt/nul-bytes.txt')).toEqual(clean);
    expect(await amountsOf('broken/txt/bidi.txt')).toEqual(clean);
  });

  it('bidi controls are gone from the text; NUL bytes are gone', async () => {
    const [bidi] = await query(db, `SELECT text FROM documents WHERE doc_id = '${await docIdOf('broken/txt/bidi.txt')}'`);
    expect(String(bidi.text)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/u);
    expect(String(bidi.text)).toContain('Tổng nguồn vốn sự nghiệp năm 2022');
    const [nul] = await query(db, `SELECT text FROM documents WHERE doc_id = '${await docIdOf('broken/txt/nul-bytes.txt')}'`);
    expect(String(nul.text)).not.toContain('\u0000');
  });

  it('invalid UTF-8 becomes U+FFFD where the bytes were broken, the rest reads', async () => {
    const [d] = await query(db, `SELECT text FROM documents WHERE doc_id = '${await docIdOf('broken/txt/invalid-utf8.txt')}'`);
    const text = String(d.text);
    // `ổ` (3 bytes) lost its lead byte: 0xFF and two lone continuation bytes, 3 replacement characters
    expect(text).toContain('T\ufffd\ufffd\ufffdng nguồn vốn sự nghiệp năm 2022');
    expect(text).toContain('Tiểu dự án 2: G\ufffdám sát, đánh giá: 20,6 triệu đồng');
    expect(text).toContain('+ T\ufffdêu dự án 1');
    expect(text).toContain('1.571,6 triệu đồng');
    expect(JSON.parse(String(sources.get(pathOf('broken/txt/invalid-utf8.txt'))!.warnings))).toEqual(['invalid_utf8: 5 sequences']);
  });

  it('mixed encodings: the TCVN3 half is decoded, so its amounts are those of the clean seed', async () => {
    const [d] = await query(db, `SELECT text FROM documents WHERE doc_id = '${await docIdOf('broken/txt/mixed-encodings.txt')}'`);
    // line 31 of the seed: in the second half, read from the TCVN3 bytes
    expect(String(d.text)).toContain('Tổng nguồn vốn sự nghiệp Ngân sách trung ương 6.616 triệu đồng.');
    expect(await amountsOf('broken/txt/mixed-encodings.txt')).toEqual(await amountsOf(GOOD_INPUT.file));
  });

  it('a PDF with a broken xref reads to the same text as the intact seed', async () => {
    const seed = new Uint8Array(readFileSync(join(SEEDS, SEED_PDF)));
    const intact = buildDocument(await readBytes(SEED_PDF, seed), 'seed').document.text;
    const [d] = await query(db, `SELECT text FROM documents WHERE doc_id = '${await docIdOf('broken/pdf/bad-xref.pdf')}'`);
    expect(String(d.text)).toBe(intact);
  });
});

describe('homoglyphs in document symbols', () => {
  let refs: Row[];
  beforeAll(async () => {
    refs = await query(db, `SELECT raw, symbol, canonical_key, issues FROM doc_refs WHERE doc_id = '${await docIdOf('broken/txt/homoglyphs.txt')}' ORDER BY start`);
  });

  it('each look-alike symbol is flagged homoglyph; the clean symbol is not', () => {
    const table = refs.map((r) => [r.raw, r.canonical_key, (JSON.parse(String(r.issues)) as string[]).includes('homoglyph')]);
    expect(table).toEqual([
      ['27/2022/N\u00d0-CP', 'NĐ|27|2022|CP', true],
      ['38/2023/NĐ-\u0421P', 'NĐ|38|2023|CP', true],
      ['27/2022/NĐ-CP', 'NĐ|27|2022|CP', false],
    ]);
  });

  it('the folded key meets the clean one only with the flag on: never a silent match', () => {
    const byKey = new Map<string, Row[]>();
    for (const r of refs) byKey.set(String(r.canonical_key), [...(byKey.get(String(r.canonical_key)) ?? []), r]);
    const shared = byKey.get('NĐ|27|2022|CP')!;
    expect(shared.map((r) => r.raw)).toEqual(['27/2022/N\u00d0-CP', '27/2022/NĐ-CP']);
    expect(shared.map((r) => r.raw === r.symbol)).toEqual([false, false]);
    expect(shared.some((r) => String(r.issues).includes('homoglyph'))).toBe(true);
    expect(HOMOGLYPH_TEXT).toContain('N\u00d0-CP');
  });
});

describe('a second ingest over the same folder', () => {
  let second: CliResult;
  let before: Map<string, Row>;
  beforeAll(async () => {
    before = sources;
    second = await runCli(['ingest', broken, '--db', db, '--jobs', '2']);
    sources = await sourcesByPath();
  });

  it('retries the failures (exit 1 again), skips the loaded files, and does not crash', () => {
    expect(second.code).toBe(1);
    const loaded = [...before.values()].filter((r) => r.status === 'ok').length;
    expect(second.stderr).toContain(`bỏ qua ${loaded} tệp không đổi`);
    expect(second.stderr).toContain(`${[...before.values()].filter((r) => r.status === 'failed').length} tệp lỗi`);
  });

  it('replaces the failed rows instead of adding new ones: same ids, same codes, one row per source', async () => {
    expect([...sources.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, row] of sources) {
      expect([row.source_id, row.status, row.error_code, row.version], path).toEqual([before.get(path)!.source_id, before.get(path)!.status, before.get(path)!.error_code, 1]);
    }
    const [dup] = await query(db, 'SELECT count(*)::INTEGER AS n, count(DISTINCT source_id)::INTEGER AS d FROM sources');
    expect(dup.n).toBe(dup.d);
    const orphans = await orphanRows(db);
    expect(Object.values(orphans).every((n) => n === 0)).toBe(true);
  });
});
