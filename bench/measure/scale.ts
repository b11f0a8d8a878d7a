import { endedBadly, runCli } from '../proc.js';
import type { Outcome } from '../targets.js';
import { ingestRun, type IngestRun } from './ingestRun.js';
import { sec } from './pdf.js';
import { timeEachCheck, type CheckTime } from './checkTimes.js';

export interface CheckRun {
  documents: number;
  /** `doisoat check` wall time (node start-up and database open included), or until it stopped. */
  millis: number;
  /** The time the command reports for the checks themselves. */
  checkMillis: number | null;
  flags: string;
  peakRssMb: number | null;
  /** Why it did not finish, or null. */
  ended: string | null;
}

export interface ScaleResult {
  small: IngestRun;
  large: IngestRun;
  checkSmall: CheckRun;
  checkLarge: CheckRun;
  /** Each check timed alone on the small database. */
  perCheck: CheckTime[];
}

export interface ScaleLimits {
  ingestMs: number;
  checkMs: number;
  oneCheckMs: number;
}

/** `doisoat check --db FILE`: every check over every document, flags replaced. */
export async function checkRun(db: string, documents: number, timeoutMs: number): Promise<CheckRun> {
  const t = await runCli(['check', '--db', db], [], timeoutMs);
  const line = t.stderr.split('\n').find((l) => l.startsWith('Kiểm tra xong')) ?? '';
  const s = /trong ([\d.]+) s/u.exec(line)?.[1];
  return {
    documents, millis: t.millis, checkMillis: s ? Number(s) * 1000 : null, peakRssMb: t.peakRssMb,
    flags: line.replace(/^Kiểm tra xong trong [\d.]+ s: /u, ''), ended: endedBadly(t, [0, 1]),
  };
}

const perDoc = (ms: number, r: IngestRun) => ms / r.documents;

/**
 * txt ingest of a small and a large corpus (same periods, ten times the districts) with `--jobs` = cores, then
 * `doisoat check` on each: check time, cost per document at both sizes, peak RSS of the large ingest; and each
 * check timed alone on the small database.
 */
export async function measureScale(small: string, large: string, jobs: number, limits: ScaleLimits, log: (m: string) => void): Promise<{ result: ScaleResult; outcomes: Outcome[] }> {
  log(`scale: ingest small corpus --jobs ${jobs}`);
  const s = await ingestRun('scale-small', [small], jobs, [], limits.ingestMs);
  log(`scale: ingest large corpus --jobs ${jobs}`);
  const l = await ingestRun('scale-large', [large], jobs, [], limits.ingestMs);
  if (l.crashed) log(`scale: the large ingest ${l.crashed}`);
  log('scale: check on both');
  const checkSmall = await checkRun(s.db, s.documents, limits.checkMs);
  const checkLarge = await checkRun(l.db, l.documents, limits.checkMs);
  log(`scale: each check alone on the small database (${s.documents} documents)`);
  const perCheck = await timeEachCheck(s.db, limits.oneCheckMs, log);
  const checkText = (c: CheckRun) => `${c.documents} documents: ${c.ended ? `${c.ended} after ${sec(c.millis)}` : `${sec(c.millis)} wall (checks ${c.checkMillis === null ? '?' : sec(c.checkMillis)})`}`;
  const loadText = (r: IngestRun) => (r.loadMillis === null ? '' : `, of which reading and loading ${perDoc(r.loadMillis, r).toFixed(1)} ms/doc`);
  const loadRatio = s.loadMillis !== null && l.loadMillis !== null ? perDoc(l.loadMillis, l) / perDoc(s.loadMillis, s) : null;
  return {
    result: { small: s, large: l, checkSmall, checkLarge, perCheck },
    outcomes: [
      {
        id: 'check_seconds', value: checkLarge.millis / 1000,
        measured: `${checkText(checkLarge)}; ${checkText(checkSmall)}`,
        ...(checkLarge.ended ? { broken: `check ${checkLarge.ended}` } : {}),
      },
      {
        id: 'per_doc_ratio', value: perDoc(l.millis, l) / perDoc(s.millis, s),
        measured: `${perDoc(l.millis, l).toFixed(1)} ms/doc at ${l.documents} (${sec(l.millis)}${loadText(l)}) vs ${perDoc(s.millis, s).toFixed(1)} ms/doc at ${s.documents} (${sec(s.millis)}${loadText(s)}); reading and loading alone ${loadRatio === null ? '?' : `${loadRatio.toFixed(2)}×`}; ingest --jobs ${jobs}, checks included`,
        ...(l.crashed || s.crashed ? { broken: `ingest ${l.crashed ?? s.crashed}` } : {}),
      },
      {
        id: 'peak_rss_mb', value: l.peakRssMb,
        measured: `${l.peakRssMb === null ? '?' : l.peakRssMb.toFixed(0)} MB at ${l.documents} documents (${s.peakRssMb === null ? '?' : s.peakRssMb.toFixed(0)} MB at ${s.documents})`,
        ...(l.peakRssMb === null ? { missing: 'no /proc/<pid>/status on this system' } : {}),
        ...(l.crashed ? { broken: `ingest ${l.crashed}` } : {}),
      },
    ],
  };
}

/** The small corpus again with `--jobs 1`, against the `--jobs 2` run. */
export async function measureJobs(small: string, twoJobs: IngestRun | null, cores: number, timeoutMs: number, log: (m: string) => void): Promise<{ one: IngestRun | null; two: IngestRun | null; outcome: Outcome }> {
  if (cores < 2) return { one: null, two: null, outcome: { id: 'jobs_speedup', value: null, measured: '', missing: `this machine has ${cores} core` } };
  log('jobs: ingest small corpus --jobs 1');
  const one = await ingestRun('jobs-1', [small], 1, [], timeoutMs);
  const two = twoJobs && twoJobs.jobs === 2 ? twoJobs : await ingestRun('jobs-2', [small], 2, [], timeoutMs);
  const load = one.loadMillis !== null && two.loadMillis !== null ? `; reading and loading alone ${sec(one.loadMillis)} / ${sec(two.loadMillis)} = ${(one.loadMillis / two.loadMillis).toFixed(2)}×` : '';
  return {
    one, two,
    outcome: {
      id: 'jobs_speedup', value: one.millis / two.millis,
      measured: `--jobs 1 ${sec(one.millis)} / --jobs 2 ${sec(two.millis)}${load}; ${one.documents} txt documents, ${cores} cores`,
      ...(one.crashed || two.crashed ? { broken: `ingest ${one.crashed ?? two.crashed}` } : {}),
    },
  };
}
