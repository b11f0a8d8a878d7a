import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Document } from '../schemas/document.js';
import type { Amount, DateEntity, DocRef, Percent, Quantity, UnknownEntity } from '../schemas/entities.js';
import type { Fact, FactPercent } from '../schemas/facts.js';
import type { RawDoc } from '../extractors/readers/types.js';
import { assemble, pageAt } from './assemble.js';
import { extractHeader } from '../extractors/header/extractHeader.js';
import { sectionPathAt, sectionStacks } from '../extractors/sections/sectionTree.js';
import { extractEntities } from '../extractors/index.js';
import { extractFacts } from '../extractors/facts/index.js';
import { readBytes } from './read.js';

/** Where an entity lies: its section path and page (null outside PDF). */
export interface Located {
  section_path: string;
  page: number | null;
}

export interface Extracted {
  document: Document;
  amounts: (Amount & Located)[];
  quantities: (Quantity & Located)[];
  percents: (Percent & Located)[];
  dates: (DateEntity & Located)[];
  doc_refs: (DocRef & Located)[];
  unknowns: UnknownEntity[];
  facts: Fact[];
  fact_percents: FactPercent[];
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function docIdOf(sha256: string): string {
  return sha256.slice(0, 16);
}

/** Stage (pure): RawDoc → Document with header, sections and entities. */
export function buildDocument(raw: RawDoc, docId: string): Extracted {
  const a = assemble(raw);
  const header = extractHeader(a.text, a.blocks);
  const document: Document = {
    doc_id: docId,
    format: raw.format,
    encoding: raw.encoding,
    text: a.text,
    source_text: a.sourceText,
    blocks: a.blocks,
    tables: a.tables,
    pages: a.pages,
    lines: a.lines,
    header,
    warnings: a.warnings,
  };
  const ctx = {
    text: a.text,
    reportDate: header.issued_year ? { year: header.issued_year, month: header.issued_month, day: header.issued_day } : null,
  };
  const e = extractEntities(ctx);
  const stacks = sectionStacks(a.text, a.blocks);
  const locate = <E extends { start: number }>(x: E): E & Located => ({
    ...x,
    section_path: sectionPathAt(a.blocks, stacks, x.start),
    page: a.pages.length ? pageAt(a.pages, x.start) : null,
  });
  const amounts = e.amounts.map(locate);
  const percents = e.percents.map(locate);
  const f = extractFacts(document, amounts, percents);
  return {
    document,
    amounts,
    quantities: e.quantities.map(locate),
    percents,
    dates: e.dates.map(locate),
    doc_refs: e.doc_refs.map(locate),
    unknowns: e.unknowns,
    facts: f.facts,
    fact_percents: f.factPercents,
  };
}

/** Edge: a file path → Extracted (no database). Throws DoisoatError for unreadable files. */
export async function extractFile(path: string): Promise<Extracted> {
  const bytes = new Uint8Array(await readFile(path));
  const raw = await readBytes(path, bytes);
  return buildDocument(raw, docIdOf(sha256Hex(bytes)));
}
