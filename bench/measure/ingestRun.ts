import { endedBadly, runCli, type Timed } from '../proc.js';
import { dbCounts, freshDb } from './db.js';

/** One end-to-end `doisoat ingest` into a fresh database, as a user runs it (node start-up and checks included). */
export interface IngestRun {
  db: string;
  files: number;
  documents: number;
  failed: number;
  pages: number;
  jobs: number;
  millis: number;
  /** Until the last file was read and loaded (the CLI's `ingest: N/N tệp` line): what remains is checks and closing. */
  loadMillis: number | null;
  peakRssMb: number | null;
  /** Why the run did not finish (out of memory, time limit), or null. Batches committed before stay in the database. */
  crashed: string | null;
  /** The CLI's own summary line. */
  summary: string;
}

const PROGRESS = /^ingest: (\d+)\/(\d+) tệp/u;

export async function ingestRun(name: string, paths: string[], jobs: number, nodeArgs: string[] = [], timeoutMs: number | null = null): Promise<IngestRun> {
  const db = freshDb(name);
  const timed: Timed = await runCli(['ingest', ...paths, '--db', db, '--jobs', String(jobs)], nodeArgs, timeoutMs);
  const crashed = endedBadly(timed, [0, 1]); // 1: some files could not be read
  const counts = await dbCounts(db);
  const loaded = timed.lines.find((l) => { const m = PROGRESS.exec(l.line); return m !== null && m[1] === m[2]; });
  const summary = timed.stderr.split('\n').find((l) => l.startsWith('Đã nạp')) ?? '';
  return { db, files: counts.documents + counts.failed, ...counts, jobs, millis: timed.millis, loadMillis: loaded?.t ?? null, peakRssMb: timed.peakRssMb, crashed, summary };
}

/** `, 3 failed` when some files could not be read (their time still counts). */
export function failedNote(r: IngestRun): string {
  return `${r.failed ? ` (${r.failed} failed to read)` : ''}${r.crashed ? `; ingest ${r.crashed}` : ''}`;
}
