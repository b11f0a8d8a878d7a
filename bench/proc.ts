import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, RSS_HOOK, TMP } from './paths.js';

/** A child process the bench timed: wall time, exit code, output, and its peak resident set. */
export interface Timed {
  millis: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** VmHWM of the process (all its threads), MB; null when /proc is missing. */
  peakRssMb: number | null;
}

let seq = 0;

/** Run `node [nodeArgs] <script> args` with the RSS hook preloaded; never throws on a non-zero exit. */
export async function runNode(script: string, args: string[], nodeArgs: string[] = []): Promise<Timed> {
  mkdirSync(TMP, { recursive: true });
  const status = join(TMP, `status-${process.pid}-${seq++}.txt`);
  rmSync(status, { force: true });
  const argv = ['--import', pathToFileURL(RSS_HOOK).href, ...nodeArgs, script, ...args];
  const t0 = performance.now();
  const { code, stdout, stderr } = await run(process.execPath, argv, { DOISOAT_BENCH_STATUS: status });
  const millis = performance.now() - t0;
  let peakRssMb: number | null = null;
  if (existsSync(status)) {
    const kb = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(status, 'utf8'))?.[1];
    if (kb) peakRssMb = Number(kb) / 1024;
    rmSync(status, { force: true });
  }
  return { millis, code, stdout, stderr, peakRssMb };
}

/** `doisoat <args>` as a user runs it. */
export function runCli(args: string[], nodeArgs: string[] = []): Promise<Timed> {
  return runNode(CLI, args, nodeArgs);
}

/** Run a program to completion, collecting its output. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Fail loudly when a step the measurement depends on failed. */
export function mustSucceed(what: string, r: { code: number | null; stderr: string }, okCodes: number[] = [0]): void {
  if (r.code === null || !okCodes.includes(r.code)) throw new Error(`${what} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
}
