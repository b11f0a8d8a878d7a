import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHECKS } from '../../pipeline/checks/index.js';
import { scoreFlags, type FlagRef, type Score, type TruthEntry } from '../accuracy.js';
import type { Outcome } from '../targets.js';
import { queryDb } from './db.js';
import { failedNote, ingestRun, type IngestRun } from './ingestRun.js';

export interface AccuracyResult {
  ingest: IngestRun;
  score: Score;
}

/** Ingest the whole generated corpus (every format), let ingest run the checks, and score `flags` against ground_truth.json. */
export async function measureAccuracy(dir: string, jobs: number, log: (m: string) => void): Promise<{ result: AccuracyResult; outcomes: Outcome[] }> {
  log('accuracy: ingest the corpus with errors, checks on');
  const ingest = await ingestRun('accuracy', [dir], jobs);
  const truth = JSON.parse(readFileSync(join(dir, 'ground_truth.json'), 'utf8')) as TruthEntry[];
  const rows = await queryDb(ingest.db, `
    SELECT f.flag_id, f.check_id, f.message, s1.path AS path, s2.path AS related_path
    FROM flags f LEFT JOIN sources s1 ON s1.source_id = f.doc_id LEFT JOIN sources s2 ON s2.source_id = f.related_doc_id
    ORDER BY f.check_id, s1.path, f.flag_id`);
  const flags: FlagRef[] = rows.map((r) => ({
    flag_id: String(r.flag_id), check_id: String(r.check_id), message: String(r.message),
    files: [r.path, r.related_path].filter((p): p is string => typeof p === 'string').map((p) => relative(dir, p)),
  }));
  const score = scoreFlags(truth, flags, CHECKS.map((c) => c.id));
  const missingChecks = score.byCheck.filter((c) => !c.exists && c.truth > 0);
  const note = missingChecks.length ? `; ${missingChecks.reduce((n, c) => n + c.truth, 0)} of the misses belong to ${missingChecks.length} checks not written yet (${missingChecks.map((c) => c.check_id).join(', ')}); recall over existing checks ${score.recallExisting.toFixed(1)} %` : '';
  return {
    result: { ingest, score },
    outcomes: [
      { ...(ingest.crashed ? { broken: `ingest ${ingest.crashed}` } : {}), id: 'recall', value: score.recall, measured: `${score.found}/${score.truth} injected errors flagged, ${ingest.documents} documents${failedNote(ingest)}${note}` },
      { ...(ingest.crashed ? { broken: `ingest ${ingest.crashed}` } : {}), id: 'precision', value: score.precision, measured: `${score.rightFlags}/${score.flags} flags match an injected error` },
    ],
  };
}
