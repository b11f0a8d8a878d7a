/**
 * Property tests of the readers on mutated bytes of the seeds (truncations, byte flips, deleted, duplicated
 * and inserted ranges; for docx also mutations of word/document.xml inside a sound zip): a reader returns a
 * well-formed RawDoc or throws a DoisoatError with a known code (never `internal`), and never anything else.
 * Whatever readTxt returns also goes through the whole extraction (buildDocument) with exact spans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTxt } from '../../extractors/readers/txt.js';
import { readDocx } from '../../extractors/readers/docx.js';
import { readPdf } from '../../extractors/readers/pdf.js';
import { DEFAULT_LIMITS, type RawDoc, type RawPiece, type ReadLimits } from '../../extractors/readers/types.js';
import { ERROR_CODES, isDoisoatError } from '../../pipeline/errors.js';
import { buildDocument } from '../../pipeline/extract.js';
import { buildZip } from '../../scripts/bad-inputs/zip.js';
import { textPagesPdf } from '../../scripts/bad-inputs/cases.js';
import { ROOT, SEEDS } from './helpers.js';

const RUNS = { txt: 3000, txtPipeline: 400, docxBytes: 300, docxXml: 300, pdf: 150 };
const LIMITS: ReadLimits = { ...DEFAULT_LIMITS, maxMillis: 20_000 };
/** Codes that mean "a bug", not "a bad file". */
const NOT_A_FILE_PROBLEM = new Set(['internal', 'out_of_memory', 'db_locked', 'db_error', 'bad_usage', 'read_only']);

let cases = 0;
const outcomes: Record<string, number> = {};
afterAll(() => console.info(`fuzz-readers: ${cases} mutated files; outcomes ${JSON.stringify(outcomes)}`));

const bytesOf = (dir: string, ext: string) =>
  readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => new Uint8Array(readFileSync(join(dir, f))));

// ---- mutations --------------------------------------------------------------------------------------------

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  { arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), weight: 4 },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
);

function mutate(base: Uint8Array, ms: Mutation[]): Uint8Array {
  let b = base;
  for (const m of ms) {
    const at = b.length ? m.at % b.length : 0;
    if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'flip') { b = b.slice(); if (b.length) b[at] = m.value; }
    else if (m.kind === 'delete') b = concat(b.subarray(0, at), b.subarray(at + m.length));
    else if (m.kind === 'duplicate') b = concat(b.subarray(0, at + m.length), b.subarray(at));
    else b = concat(b.subarray(0, at), m.bytes, b.subarray(at));
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

const mutated = (bases: Uint8Array[]) =>
  fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([i, ms]) => mutate(bases[i], ms));

// ---- what a reader may give -------------------------------------------------------------------------------

function checkRawDoc(doc: RawDoc): void {
  const pieceOk = (p: RawPiece) => Number.isInteger(p.line) && p.line >= 0 && p.line < doc.lines.length && 0 <= p.from && p.from <= p.to && p.to <= doc.lines[p.line].text.length;
  for (const l of doc.lines) if (typeof l.text !== 'string' || /[\n\r]/u.test(l.text)) throw new Error(`a line holds a line break: ${JSON.stringify(l.text.slice(0, 80))}`);
  for (const b of doc.blocks) {
    const pieces = b.kind === 'table' ? b.rows.flat().flatMap((c) => c.pieces) : b.pieces;
    const bad = pieces.find((p) => !pieceOk(p));
    if (bad) throw new Error(`a piece points outside its line: ${JSON.stringify(bad)}`);
  }
  if (!doc.warnings.every((w) => typeof w === 'string')) throw new Error('a warning is not a string');
}

/** Runs a reader: a RawDoc is checked; a DoisoatError with a file-problem code is fine; anything else fails. */
async function readOrRefuse(label: string, read: () => RawDoc | Promise<RawDoc>): Promise<RawDoc | null> {
  cases++;
  try {
    const doc = await read();
    checkRawDoc(doc);
    outcomes[`${label}:ok`] = (outcomes[`${label}:ok`] ?? 0) + 1;
    return doc;
  } catch (e) {
    if (isDoisoatError(e) && e.code in ERROR_CODES && !NOT_A_FILE_PROBLEM.has(e.code)) {
      outcomes[`${label}:${e.code}`] = (outcomes[`${label}:${e.code}`] ?? 0) + 1;
      return null;
    }
    throw e;
  }
}

function checkExtraction(doc: RawDoc): void {
  const x = buildDocument(doc, 'fuzz');
  const text = x.document.text;
  for (const list of [x.amounts, x.quantities, x.percents, x.dates, x.doc_refs, x.unknowns]) {
    for (const e of list) {
      if (!(0 <= e.start && e.start < e.end && e.end <= text.length) || e.raw !== text.slice(e.start, e.end)) throw new Error(`span not exact: ${JSON.stringify(e)}`);
    }
  }
}

// ---- docx parts -------------------------------------------------------------------------------------------

interface Part { name: string; data: Buffer }

function unzip(bytes: Uint8Array): Promise<Part[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const parts: Part[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => { parts.push({ name: entry.fileName, data: Buffer.concat(chunks) }); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.readEntry();
    });
  });
}

const XML_SNIPPETS = ['<w:tbl>', '</w:tbl>', '<w:tr>', '<w:tc>', '</w:p>', '<w:p>', '<w:t>', '&amp;', '&', '<', '>', '"', '<!--', ']]>', '<![CDATA[', '\u0000', '<w:vMerge/>', '<w:gridSpan w:val="99999"/>', '<w:vertAlign w:val="superscript"/>', 'đồng', '1.234,5'];

const xmlMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...XML_SNIPPETS), fc.string({ maxLength: 8 })) }),
);

function mutateXml(xml: string, ms: { kind: string; at: number; length?: number; text?: string }[]): string {
  let s = xml;
  for (const m of ms) {
    const at = m.at % (s.length + 1);
    if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.length!);
    else if (m.kind === 'duplicate') s = s.slice(0, at + m.length!) + s.slice(at);
    else s = s.slice(0, at) + m.text! + s.slice(at);
  }
  return s;
}

// ---- the properties ---------------------------------------------------------------------------------------

const txtBases = [...bytesOf(SEEDS, '.txt'), ...bytesOf(join(ROOT, 'fixtures', 'encodings'), '.txt')];
const docxBases = bytesOf(SEEDS, '.docx');
const pdfBases = [...bytesOf(SEEDS, '.pdf'), new Uint8Array(textPagesPdf(2))];
let docxParts: Part[][] = [];

beforeAll(async () => {
  docxParts = await Promise.all(docxBases.map(unzip));
});

describe('fuzz: readers on mutated seeds never fail with anything but a known DoisoatError', () => {
  it(`readTxt (${RUNS.txt} mutated .txt files)`, async () => {
    await fc.assert(fc.asyncProperty(mutated(txtBases), async (b) => { await readOrRefuse('txt', () => readTxt(b, LIMITS)); }), { numRuns: RUNS.txt });
  });

  it(`readTxt then the whole extraction (${RUNS.txtPipeline}): spans exact in the assembled text`, async () => {
    await fc.assert(fc.asyncProperty(mutated(txtBases), async (b) => {
      const doc = await readOrRefuse('txt+extract', () => readTxt(b, LIMITS));
      if (doc) checkExtraction(doc);
    }), { numRuns: RUNS.txtPipeline });
  }, 120_000);

  it(`readDocx (${RUNS.docxBytes} files with mutated bytes)`, async () => {
    await fc.assert(fc.asyncProperty(mutated(docxBases), async (b) => { await readOrRefuse('docx-bytes', () => readDocx(b, LIMITS)); }), { numRuns: RUNS.docxBytes });
  }, 120_000);

  it(`readDocx (${RUNS.docxXml} sound zips whose word/document.xml is mutated)`, async () => {
    const arb = fc.tuple(fc.nat({ max: docxParts.length - 1 }), fc.array(xmlMutation, { minLength: 1, maxLength: 5 }));
    await fc.assert(fc.asyncProperty(arb, async ([i, ms]) => {
      const parts = docxParts[i].map((p) => (p.name === 'word/document.xml' ? { name: p.name, data: mutateXml(p.data.toString('utf8'), ms) } : { name: p.name, data: p.data }));
      await readOrRefuse('docx-xml', () => readDocx(new Uint8Array(buildZip(parts)), LIMITS));
    }), { numRuns: RUNS.docxXml });
  }, 120_000);

  it(`readPdf (${RUNS.pdf} mutated PDFs)`, async () => {
    await fc.assert(fc.asyncProperty(mutated(pdfBases), async (b) => { await readOrRefuse('pdf', () => readPdf(b, LIMITS)); }), { numRuns: RUNS.pdf });
  }, 180_000);

  it('the mutations reached both outcomes for every reader', () => {
    for (const r of ['txt', 'docx-xml', 'pdf']) {
      expect(outcomes[`${r}:ok`] ?? 0, `${r} read`).toBeGreaterThan(0);
      expect(Object.keys(outcomes).some((k) => k.startsWith(`${r}:`) && !k.endsWith(':ok')), `${r} refused`).toBe(true);
    }
  });
});
