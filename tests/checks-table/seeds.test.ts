import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import text_table_mismatch from '../../pipeline/checks/text_table_mismatch.js';
import { closeDb, openDb, queryRows, type Db } from '../../pipeline/db/database.js';
import type { Flag } from '../../schemas/flags.js';
import { loadFiles, runCheck, SEED_DIR, UNSEEN_DIR } from './helpers.js';

/** Every seed and the unseen report, in every format, in one database: only 004 has a text/table mismatch. */
const FILES = [
  ...readdirSync(SEED_DIR).filter((f) => /\.(txt|docx|pdf)$/u.test(f)).map((f) => join(SEED_DIR, f)),
  ...readdirSync(UNSEEN_DIR).filter((f) => /\.(txt|docx|pdf)$/u.test(f)).map((f) => join(UNSEEN_DIR, f)),
].sort();
const PUBLIC_DIR = resolve(import.meta.dirname, '../../fixtures/public-vn');

let db: Db;
let flags: Flag[];
const pathOf = new Map<string, string>();

beforeAll(async () => {
  db = await openDb(':memory:');
  const ids = await loadFiles(db, FILES);
  ids.forEach((id, i) => pathOf.set(id, basename(FILES[i])));
  flags = await runCheck(text_table_mismatch, db);
});
afterAll(() => closeDb(db));

describe('text_table_mismatch on the seeds and the unseen report', () => {
  it('the database holds 15 files (4 seeds and the unseen report, 3 formats each)', () => {
    expect(FILES).toHaveLength(15);
    expect(pathOf.size).toBe(15);
  });

  it('flags exactly 004 in txt, docx and pdf, once each', () => {
    expect(flags.map((f) => pathOf.get(f.doc_id)).sort()).toEqual([
      '004_7690d259663c1765.docx', '004_7690d259663c1765.pdf', '004_7690d259663c1765.txt',
    ]);
  });

  it.each(['txt', 'docx', 'pdf'])('004.%s: 11 buổi in the text against 9 in Biểu số 02, with exact quotes', async (format) => {
    const f = flags.find((x) => pathOf.get(x.doc_id) === `004_7690d259663c1765.${format}`)!;
    expect(f).toMatchObject({ check_id: 'text_table_mismatch', severity: 'error', stated_value: 11, computed_value: 9, unit: 'count', tolerance: 0 });
    expect(f.evidence.map((e) => e.text)).toEqual([
      '11 buổi', 'Tổ chức buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo', 'Số buổi', '9',
    ]);
    const [{ text }] = await queryRows(db, 'SELECT text FROM documents WHERE doc_id = $1', [f.doc_id]);
    for (const e of f.evidence) expect(String(text).slice(e.start, e.end)).toBe(e.text);
    // the quantity of the sentence, then the cells of Biểu số 02 (after its caption)
    expect(f.evidence[0].start).toBe(String(text).indexOf('Tổ chức 11 buổi') + 'Tổ chức '.length);
    const caption = String(text).indexOf('Biểu số 02');
    expect(f.evidence.slice(1).every((e) => e.start > caption)).toBe(true);
    expect(f.evidence[0].page).toBe(format === 'pdf' ? 3 : null);
    expect(f.message).toContain('Tổ chức 11 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo với 840 người tham gia');
  });

  it('the 840 người of the same sentence (which agrees) is not flagged', () => {
    expect(flags.filter((f) => f.evidence[0].text.includes('840'))).toEqual([]);
  });
});

describe('text_table_mismatch on fixtures/public-vn', () => {
  it('flags nothing in the 299 legal texts', async () => {
    const pub = await openDb(':memory:');
    try {
      const files = readdirSync(PUBLIC_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(PUBLIC_DIR, f));
      expect(files).toHaveLength(299);
      await loadFiles(pub, files);
      expect(await runCheck(text_table_mismatch, pub)).toEqual([]);
    } finally {
      closeDb(pub);
    }
  });
});
