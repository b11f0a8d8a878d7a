/**
 * The hand-annotated gold files (`fixtures/gold/<stem>.json`) and where their source texts live.
 * The gold is written by reading the texts, never by running the extractors it grades.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldHeader {
  number: number | null;
  symbol: string | null;
  doc_type_code: string | null;
  doc_type_name: string | null;
  issuer_code: string | null;
  /** Issuing body lines above the number, joined with ` / `; null when the text has none. */
  issuer_name: string | null;
  place: string | null;
  issued_year: number | null;
  issued_month: number | null;
  issued_day: number | null;
  title: string | null;
  signer_title: string | null;
  signer_name: string | null;
  recipients: string[];
  is_draft: boolean;
}

export interface GoldAmount {
  raw: string;
  value_dong: string;
  min_dong: string;
  max_dong: string;
  qualifier: string | null;
  /** For a rate (`40 triệu đồng/hộ`): the denominator (`hộ`). */
  per?: string;
  context: string;
}

export interface GoldDate {
  raw: string;
  iso: string;
  precision: 'day' | 'month' | 'quarter' | 'half_year' | 'year' | 'range';
  context: string;
}

export interface GoldDocRef {
  raw: string;
  ref_type_name: string | null;
  issued_on: string | null;
  /** Present (false) when the type name is inherited from a list (`...; số 222/KH-UBND`). */
  type_name_stated?: boolean;
  context: string;
}

export interface GoldQuantity {
  raw: string;
  value: number;
  of_total: number | null;
  unit: string;
  context: string;
}

export interface GoldPercent {
  raw: string;
  value: number;
  decimals: number;
  context: string;
}

export interface GoldFile {
  doc: string;
  header: GoldHeader;
  amounts: GoldAmount[];
  dates: GoldDate[];
  doc_refs: GoldDocRef[];
  quantities: GoldQuantity[];
  percents: GoldPercent[];
}

export const GOLD_DIR = 'fixtures/gold';
/** Folders that hold the annotated reports, each as `<stem>.txt` (+ `.docx`, `.pdf`). */
export const SOURCE_DIRS = ['fixtures/seeds', 'fixtures/unseen', 'fixtures/heldout'] as const;
export const FORMATS = ['txt', 'docx', 'pdf'] as const;
export type EvalFormat = (typeof FORMATS)[number];

export function listGoldFiles(root = '.'): string[] {
  return readdirSync(join(root, GOLD_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(root, GOLD_DIR, f));
}

export function loadGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

/** The folder holding `<stem>.txt`, or null when no source folder has it. */
export function sourceDirOf(stem: string, root = '.'): string | null {
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir, `${stem}.txt`))) return join(root, dir);
  return null;
}

/** The text every gold `raw`/`context` refers to: NFC, Markdown bold markers removed. */
export function goldText(txt: string): string {
  return txt.normalize('NFC').replaceAll('**', '');
}
