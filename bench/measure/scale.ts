import { runCli } from '../proc.js';
import type { Outcome } from '../targets.js';
import { ingestRun, type IngestRun } from './ingestRun.js';
import { sec } from './pdf.js';
import { timeEachCheck, type CheckTime } from './checkTimes.js';

export interface CheckRun {
  documents: number;
  /** `doisoat check` wall time (node start-up and database open included). */
  millis: number;
  /** The time the command reports for the checks themselves. */
  checkMillis: number | null;
  flags: string;
}

export interface ScaleResult {
  small: IngestRun;
  large: IngestRun;
  checkSmall: CheckRun;
  checkLarge: CheckRun;
  /** Each check timed alone on the large database. */
  perCheck: CheckTime[];
}

/** `doisoat check --db FILE`: every check over every document, flags replaced. */
export async function checkRun(db: string, documents: number): Promise<CheckRun> {
  const t = await runCli(['check', '--db', db]);
  if (t.code !== 0) throw new Error(`check exited with ${t.code}:\n${t.stderr.slice(-2000)}`);
  const line = t.stderr.split('\n').find((l) => l.startsWith('Kiểm tra xong')) ?? '';
  const s = /trong ([\d.]+) s/u.exec(line)?.[1];
  return { documents, millis: t.millis, checkMillis: s ? Number(s) * 1000 : null, flags: line.replace(/^Kiểm tra xong trong [\d.]+ s: /u, '') };
}

/**
 * txt ingest of a small and a large corpus (same periods, ten times the districts) with `--jobs` = cores,
 * then `doisoat check` on each: check time, cost per document at both sizes, peak RSS of the large ingest.
 */
export async function measureScale(small: string, large: string, jobs: number, log: (m: string) => void): Promise<{ result: ScaleResult; outcomes: Outcome[] }> {
  log(`scale: ingest small corpus --jobs ${jobs}`);
  const s = await ingestRun('scale-small', [small], jobs);
  log(`scale: ingest large corpus --jobs ${jobs}`);
  const l = await ingestRun('scale-large', [large], jobs);
  log('scale: check on both');
  const checkSmall = await checkRun(s.db, s.documents);
  const checkLarge = await checkRun(l.db, l.documents);
  log('scale: each check alone on the large database');
  const perCheck = await timeEachCheck(l.db);
  const perDoc = (r: IngestRun) => r.millis / r.documents;
  return {
    result: { small: s, large: l, checkSmall, checkLarge, perCheck },
    outcomes: [
      {
        id: 'check_seconds', value: checkLarge.millis / 1000,
        measured: `${l.documents} documents: ${sec(checkLarge.millis)} wall (checks ${checkLarge.checkMillis === null ? '?' : sec(checkLarge.checkMillis)}); ${s.documents} documents: ${sec(checkSmall.millis)} wall (checks ${checkSmall.checkMillis === null ? '?' : sec(checkSmall.checkMillis)})`,
      },
      {
        id: 'per_doc_ratio', value: perDoc(l) / perDoc(s),
        measured: `${perDoc(l).toFixed(1)} ms/doc at ${l.documents} (${sec(l.millis)}) vs ${perDoc(s).toFixed(1)} ms/doc at ${s.documents} (${sec(s.millis)}); ingest --jobs ${jobs}, checks included`,
      },
      {
        id: 'peak_rss_mb', value: l.peakRssMb,
        measured: `${l.peakRssMb === null ? '?' : l.peakRssMb.toFixed(0)} MB at ${l.documents} documents (${s.peakRssMb === null ? '?' : s.peakRssMb.toFixed(0)} MB at ${s.documents})`,
        ...(l.peakRssMb === null ? { missing: 'no /proc/<pid>/status on this system' } : {}),
      },
    ],
  };
}

/** The small corpus again with `--jobs 1`, against the `--jobs 2` run. */
export async function measureJobs(small: string, twoJobs: IngestRun | null, cores: number, log: (m: string) => void): Promise<{ one: IngestRun | null; two: IngestRun | null; outcome: Outcome }> {
  if (cores < 2) return { one: null, two: null, outcome: { id: 'jobs_speedup', value: null, measured: '', missing: `this machine has ${cores} core` } };
  log('jobs: ingest small corpus --jobs 1');
  const one = await ingestRun('jobs-1', [small], 1);
  const two = twoJobs && twoJobs.jobs === 2 ? twoJobs : await ingestRun('jobs-2', [small], 2);
  return {
    one, two,
    outcome: { id: 'jobs_speedup', value: one.millis / two.millis, measured: `--jobs 1 ${sec(one.millis)} / --jobs 2 ${sec(two.millis)}; ${one.documents} txt documents, ${cores} cores` },
  };
}
