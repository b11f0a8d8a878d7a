import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem, release, platform } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

/** What the numbers were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  duckdb: string;
  os: string;
  /** 1-minute load average when the bench started and ended: other work on the machine skews timings. */
  loadStart: number;
  loadEnd: number | null;
}

export async function describeMachine(): Promise<Machine> {
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    duckdb: await duckdbVersion(),
    os: `${platform()} ${release()}`,
    loadStart: Math.round(loadavg()[0] * 100) / 100,
    loadEnd: null,
  };
}

/** `model name` from /proc/cpuinfo; os.cpus() where /proc is missing. */
export function cpuModel(cpuinfo: string | null = readCpuinfo()): string {
  const m = cpuinfo ? /^model name\s*:\s*(.+)$/mu.exec(cpuinfo) : null;
  return (m?.[1] ?? cpus()[0]?.model ?? 'unknown').trim().replace(/\s+/gu, ' ');
}

function readCpuinfo(): string | null {
  try { return readFileSync('/proc/cpuinfo', 'utf8'); } catch { return null; }
}

async function duckdbVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return String((await conn.runAndReadAll('SELECT version() AS v')).getRowObjects()[0].v);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export function currentLoad(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
