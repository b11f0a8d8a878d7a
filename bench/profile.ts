import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { ROOT, TMP } from './paths.js';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './cpuprofile.js';
import { ingestRun } from './measure/ingestRun.js';
import { runCli } from './proc.js';

/** One profiled run: what ran, and the self-time summary of each of its threads. */
export interface ProfileRun {
  label: string;
  command: string;
  millis: number;
  threads: { thread: string; summary: ProfileSummary }[];
}

/** A profiled run stopped at this limit writes no profile; the samples are kept small enough to finish well before. */
const PROFILE_LIMIT_MS = 15 * 60_000;

function profileDir(label: string): string {
  const dir = join(TMP, 'profiles', label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile`: thread 0 is the main thread, the others are workers. */
function readThreads(dir: string): ProfileRun['threads'] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  return files.map((f) => {
    const tid = f.split('.')[4] ?? '?';
    const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile, ROOT);
    return { thread: tid === '0' ? 'main thread' : `worker thread ${tid}`, summary };
  }).filter((t) => t.summary.busyMs > 50); // threads that only started and stopped
}

/** `node --cpu-prof` on `doisoat ingest <files> --jobs 1`: the main thread (writer, checks) and the worker (reading, extraction). */
export async function profileIngest(label: string, files: string[]): Promise<ProfileRun> {
  const dir = profileDir(label);
  const r = await ingestRun(`profile-${label}`, files, 1, ['--cpu-prof', '--cpu-prof-dir', dir], PROFILE_LIMIT_MS);
  return { label, command: `node --cpu-prof bin/doisoat.mjs ingest <${files.length} files> --jobs 1`, millis: r.millis, threads: readThreads(dir) };
}

/** `node --cpu-prof` on `doisoat check --db FILE`. */
export async function profileCheck(label: string, db: string, documents: number): Promise<ProfileRun> {
  const dir = profileDir(label);
  const t = await runCli(['check', '--db', db], ['--cpu-prof', '--cpu-prof-dir', dir], PROFILE_LIMIT_MS);
  return { label, command: `node --cpu-prof bin/doisoat.mjs check --db <${documents} documents>`, millis: t.millis, threads: readThreads(dir) };
}

/** In-process work (the Appender loop) under the inspector's CPU profiler. */
export async function profileInProcess(label: string, command: string, fn: () => Promise<void>): Promise<ProfileRun> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    const t0 = performance.now();
    await fn();
    const millis = performance.now() - t0;
    const { profile } = await session.post('Profiler.stop');
    return { label, command, millis, threads: [{ thread: 'main thread', summary: summarizeProfile(profile as unknown as CpuProfile, ROOT) }] };
  } finally {
    session.disconnect();
  }
}
