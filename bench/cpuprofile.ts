/**
 * Stage (pure): a V8 `.cpuprofile` summarised by self time — per source file and per function — the way
 * `node --cpu-prof` writes it (nodes with call frames, samples, time deltas in microseconds).
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  /** Share of the busy (non-idle) time, percent. */
  pct: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  busyMs: number;
  byFile: SelfTime[];
  byFunction: SelfTime[];
}

/**
 * Waiting, not working: `(idle)` is V8's pseudo-frame for a thread with nothing to run (waiting for DuckDB's
 * own threads, for I/O); piscina's `atomicsWaitLoop` is a worker blocked in `Atomics.wait` for its next task.
 */
const WAITING = new Set(['(idle)', 'atomicsWaitLoop']);

export function summarizeProfile(p: CpuProfile, root: string, top = 15): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = Math.max(0, p.timeDeltas[i] ?? 0);
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const files = new Map<string, number>();
  const fns = new Map<string, number>();
  let idle = 0;
  for (const [id, us] of self) {
    const cf = byId.get(id)?.callFrame;
    if (!cf) continue;
    if (WAITING.has(cf.functionName)) { idle += us; continue; }
    const file = cf.url ? shortUrl(cf.url, root) : cf.functionName.startsWith('RegExp:') ? '(regexp)' : cf.functionName || '(native)';
    const fn = cf.functionName.startsWith('RegExp:') ? `RegExp ${cf.functionName.slice(7, 67).trim()}…` : `${cf.functionName || '(anonymous)'}${cf.url ? ` ${file}:${cf.lineNumber + 1}` : ''}`;
    files.set(file, (files.get(file) ?? 0) + us);
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const busy = total - idle;
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top)
    .map(([name, us]) => ({ name, ms: us / 1000, pct: busy > 0 ? (100 * us) / busy : 0 }));
  return { totalMs: total / 1000, idleMs: idle / 1000, busyMs: busy / 1000, byFile: rank(files), byFunction: rank(fns) };
}

/** `file:///repo/dist/extractors/x.js` → `extractors/x.js`; `…/node_modules/@duckdb/node-api/lib/A.js` → `@duckdb/node-api/lib/A.js`. */
export function shortUrl(url: string, root: string): string {
  let u = url.replace(/^file:\/\//u, '');
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) return u.slice(nm + '/node_modules/'.length);
  if (u.startsWith(root)) u = u.slice(root.length).replace(/^\/+/u, '');
  return u.replace(/^dist\//u, '');
}
