/**
 * `npm run gen`: plan the corpus, inject errors, write each report as .txt and .docx (and .pdf through
 * LibreOffice, one batch per folder), then `ground_truth.json` and `manifest.json`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { groundTruth, manifestFiles, periodsSummary, type Format, type PdfStatus } from './ground-truth.js';
import { injectErrors, type CheckId } from './injectors/index.js';
import { planCorpus } from './plan.js';
import { reportBlocks } from './render.js';
import { renderDocx } from './writers/docx.js';
import { convertFolderToPdf, findSoffice } from './writers/pdf.js';
import { renderTxt } from './writers/txt.js';

export const FORMATS: readonly Format[] = ['txt', 'docx', 'pdf'];
/** About one report in three gets one error. */
export const DEFAULT_ERRORS_PER_DOC = 1 / 3;

export interface GenerateOptions {
  districts: number;
  periods: number;
  out: string;
  seed: number;
  formats: Format[];
  errorsPerDoc: number;
  allKinds: boolean;
  /** LibreOffice to use for PDFs; looked up on PATH when undefined, none when null. */
  soffice?: string | null;
  /** Where warnings go (stderr in the CLI). */
  warn?: (message: string) => void;
}

export interface GenerateSummary {
  documents: number;
  files: number;
  injections: number;
  byKind: Partial<Record<CheckId, number>>;
  missingKinds: CheckId[];
  pdf: PdfStatus;
}

function writeFile(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Folders and files an earlier run wrote (`2023-q2/`, `2024-nam/`, the two JSON files). */
const OWN_FOLDER = /^\d{4}-(q[1-4]|h[12]|nam)$/;
const OWN_FILES = ['ground_truth.json', 'manifest.json'];

/** Removes what an earlier run left in `out`, so a stale report never outlives its ground truth. */
function clearEarlierRun(out: string): number {
  if (!existsSync(out)) return 0;
  const stale = readdirSync(out).filter((name) => OWN_FOLDER.test(name) || OWN_FILES.includes(name));
  for (const name of stale) rmSync(join(out, name), { recursive: true, force: true });
  return stale.length;
}

export async function generateCorpus(opts: GenerateOptions): Promise<GenerateSummary> {
  const warn = opts.warn ?? (() => {});
  if (clearEarlierRun(opts.out)) warn(`gen: removed the output of an earlier run in ${opts.out}`);
  const plan = planCorpus({ districts: opts.districts, periods: opts.periods, seed: opts.seed });
  const { injections, missing } = injectErrors(plan, { errorsPerDoc: opts.errorsPerDoc, allKinds: opts.allKinds });
  if (missing.length) warn(`gen: no report could take an error of kind ${missing.join(', ')}`);
  const wantDocx = opts.formats.includes('docx') || opts.formats.includes('pdf');
  for (const spec of plan.specs) {
    const blocks = reportBlocks(spec, plan.seed);
    const base = join(opts.out, spec.doc);
    if (opts.formats.includes('txt')) writeFile(`${base}.txt`, renderTxt(blocks));
    if (wantDocx) writeFile(`${base}.docx`, await renderDocx(blocks));
  }
  let pdf: PdfStatus = { status: 'not_requested' };
  if (opts.formats.includes('pdf')) {
    const soffice = opts.soffice === undefined ? findSoffice() : opts.soffice;
    if (!soffice) {
      pdf = { status: 'skipped', reason: 'soffice (LibreOffice) not found' };
      warn('gen: soffice not found, PDFs skipped');
    } else {
      const folders = new Map<string, string[]>();
      for (const spec of plan.specs) {
        const [folder, name] = spec.doc.split('/');
        folders.set(folder, [...(folders.get(folder) ?? []), `${name}.docx`]);
      }
      for (const [folder, files] of folders) convertFolderToPdf(soffice, join(opts.out, folder), files);
      pdf = { status: 'written' };
    }
  }
  const written = opts.formats.filter((f) => f !== 'pdf' || pdf.status === 'written');
  const formatsOf = () => written;
  writeFile(join(opts.out, 'ground_truth.json'), json(groundTruth(injections, formatsOf)));
  const byKind: GenerateSummary['byKind'] = {};
  for (const i of injections) byKind[i.check_id] = (byKind[i.check_id] ?? 0) + 1;
  writeFile(join(opts.out, 'manifest.json'), json({
    generator: 'doisoat scripts/gen',
    args: { districts: opts.districts, periods: opts.periods, seed: opts.seed, formats: opts.formats, errors_per_doc: opts.errorsPerDoc, all_kinds: opts.allKinds },
    province: plan.province.name,
    periods: periodsSummary(plan.periods),
    pdf,
    injections_by_kind: byKind,
    files: manifestFiles(plan.specs, injections, formatsOf),
  }));
  return {
    documents: plan.specs.length, files: plan.specs.length * written.length, injections: injections.length,
    byKind, missingKinds: missing, pdf,
  };
}
