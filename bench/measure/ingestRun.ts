import { runCli, type Timed } from '../proc.js';
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
  peakRssMb: number | null;
  /** The CLI's own summary line. */
  summary: string;
}

export async function ingestRun(name: string, paths: string[], jobs: number, nodeArgs: string[] = []): Promise<IngestRun & { timed: Timed }> {
  const db = freshDb(name);
  const timed = await runCli(['ingest', ...paths, '--db', db, '--jobs', String(jobs)], nodeArgs);
  if (timed.code !== 0 && timed.code !== 1) throw new Error(`ingest ${name} exited with ${timed.code}:\n${timed.stderr.slice(-2000)}`);
  const counts = await dbCounts(db);
  const summary = timed.stderr.split('\n').find((l) => l.startsWith('Đã nạp')) ?? '';
  return { db, files: counts.documents + counts.failed, ...counts, jobs, millis: timed.millis, peakRssMb: timed.peakRssMb, summary, timed };
}

/** `, 3 failed` when some files could not be read (their time still counts). */
export function failedNote(r: IngestRun): string {
  return r.failed ? ` (${r.failed} failed to read)` : '';
}
