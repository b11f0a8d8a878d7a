import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, RSS_HOOK, TMP } from './paths.js';

/** A child process the bench timed: wall time, how it ended, output, and its peak resident set. */
export interface Timed {
  millis: number;
  code: number | null;
  signal: string | null;
  /** Killed by the bench after its time limit. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Each stderr line with the milliseconds since start when it arrived. */
  lines: { t: number; line: string }[];
  /** VmHWM of the process (all its threads), MB; null without /proc. */
  peakRssMb: number | null;
}

let seq = 0;
const POLL_MS = 250;

/**
 * Run `node [nodeArgs] <script> args` with the RSS hook preloaded; never throws on a failed child. Peak RSS is
 * VmHWM written by the hook at exit, or the last value polled from /proc/<pid>/status if the child died first.
 */
export async function runNode(script: string, args: string[], nodeArgs: string[] = [], timeoutMs: number | null = null): Promise<Timed> {
  mkdirSync(TMP, { recursive: true });
  const status = join(TMP, `status-${process.pid}-${seq++}.txt`);
  rmSync(status, { force: true });
  const argv = ['--import', pathToFileURL(RSS_HOOK).href, ...nodeArgs, script, ...args];
  const r = await run(process.execPath, argv, { DOISOAT_BENCH_STATUS: status }, timeoutMs);
  let peak = r.polledPeakKb;
  if (existsSync(status)) {
    const kb = vmHwmKb(readFileSync(status, 'utf8'));
    if (kb !== null) peak = Math.max(peak ?? 0, kb);
    rmSync(status, { force: true });
  }
  return { ...r, peakRssMb: peak === null ? null : peak / 1024 };
}

/** `doisoat <args>` as a user runs it. */
export function runCli(args: string[], nodeArgs: string[] = [], timeoutMs: number | null = null): Promise<Timed> {
  return runNode(CLI, args, nodeArgs, timeoutMs);
}

export function vmHwmKb(status: string): number | null {
  const kb = /VmHWM:\s+(\d+)\s+kB/u.exec(status)?.[1];
  return kb ? Number(kb) : null;
}

/** Run a program to completion (or until `timeoutMs`, then SIGKILL), collecting its output and polling its peak RSS. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}, timeoutMs: number | null = null): Promise<Omit<Timed, 'peakRssMb'> & { polledPeakKb: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const lines: Timed['lines'] = [];
    let partial = '';
    let polledPeakKb: number | null = null;
    let timedOut = false;
    const poll = setInterval(() => {
      try {
        const kb = vmHwmKb(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (kb !== null) polledPeakKb = Math.max(polledPeakKb ?? 0, kb);
      } catch { /* gone, or no /proc */ }
    }, POLL_MS);
    const timer = timeoutMs === null ? null : setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      const t = performance.now() - t0;
      const parts = (partial + b.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) lines.push({ t, line });
    });
    child.on('error', (e) => { clearInterval(poll); if (timer) clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      if (partial) lines.push({ t: performance.now() - t0, line: partial });
      resolve({
        millis: performance.now() - t0, code, signal, timedOut, polledPeakKb, lines,
        stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Fail loudly when a step the measurement depends on failed. */
export function mustSucceed(what: string, r: { code: number | null; stderr: string }, okCodes: number[] = [0]): void {
  if (r.code === null || !okCodes.includes(r.code)) throw new Error(`${what} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
}

/** Why a child did not finish: killed at its time limit, out of memory, a signal, or an exit code. */
export function endedBadly(t: Pick<Timed, 'code' | 'signal' | 'timedOut' | 'stderr'>, okCodes: number[] = [0]): string | null {
  if (t.timedOut) return 'stopped at the time limit';
  if (/heap out of memory|Reached heap limit/u.test(t.stderr)) return 'crashed: JavaScript heap out of memory';
  if (t.signal) return `killed by ${t.signal}`;
  if (t.code === null || !okCodes.includes(t.code)) return `exited with code ${t.code}: ${t.stderr.trim().split('\n').slice(-1)[0]?.slice(0, 200) ?? ''}`;
  return null;
}
