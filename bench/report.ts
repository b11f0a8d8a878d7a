import type { Machine } from './machine.js';
import type { Score } from './accuracy.js';
import type { ProfileRun } from './profile.js';
import type { ScaleoutResult } from './measure/scaleout.js';
import type { CheckTime } from './measure/checkTimes.js';
import { formatNumber, isMet, TARGETS, targetText, type Outcome } from './targets.js';

/** Markdown for bench/results.md, bench/profile.md and bench/scaleout.md (the README shows them). */
export interface Row {
  id: string;
  what: string;
  target: string;
  value: number | null;
  measured: string;
  met: boolean | null;
  missing?: string;
  /** The value is a bound: the run behind it did not finish. */
  broken?: boolean;
}

export function rowsOf(outcomes: Outcome[]): Row[] {
  return TARGETS.map((t) => {
    const o = outcomes.find((x) => x.id === t.id);
    if (!o) return { id: t.id, what: t.what, target: targetText(t), value: null, measured: '', met: null, missing: 'not run (--only)' };
    const met = o.broken ? false : isMet(t, o.value);
    const measured = o.broken ? `${o.broken}; ${o.measured}` : o.measured;
    return { id: t.id, what: t.what, target: targetText(t), value: o.value, measured, met, ...(o.missing ? { missing: o.missing } : {}), ...(o.broken ? { broken: true } : {}) };
  });
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}, Node ${m.node}, DuckDB ${m.duckdb}; load average ${m.loadStart} at start, ${m.loadEnd ?? '?'} at end`;
}

function valueText(r: Row): string {
  if (r.value === null) return '—';
  const t = TARGETS.find((x) => x.id === r.id)!;
  const v = t.unit === '×' ? `${r.value.toFixed(2)}×` : `${formatNumber(r.value)} ${t.unit}`;
  return r.broken ? `${t.op === '>=' ? '≤' : '≥'} ${v}` : v;
}

const cell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

export interface PerCheck {
  documents: number;
  times: CheckTime[];
}

export function resultsMarkdown(rows: Row[], m: Machine, mode: string, when: string, score: Score | null, notes: string[], perCheck: PerCheck | null = null): string {
  const out = [
    '# Benchmark', '',
    `Measured by \`npm run bench${mode === 'quick' ? ' -- --quick' : ''}\` on ${when} (${mode} run).`, '',
    `Machine: ${machineLine(m)}.`, '',
    '| target | goal | measured | met? | how |', '|---|---|---|---|---|',
    ...rows.map((r) => `| ${cell(r.what)} | ${r.target} | ${valueText(r)} | ${r.met === null ? `not measured: ${cell(r.missing ?? '')}` : r.met ? 'met' : '**not met**'} | ${cell(r.measured)} |`),
    '',
  ];
  if (score) {
    out.push('## Flags against the injected errors', '',
      '| check_id | check exists | injected | found | flags | right | misses (first 3) | false alarms (first 3) |', '|---|---|---|---|---|---|---|---|',
      ...score.byCheck.map((c) => `| ${c.check_id} | ${c.exists ? 'yes' : 'no'} | ${c.truth} | ${c.found} | ${c.flags} | ${c.rightFlags} | ${cell(c.misses.slice(0, 3).map((x) => x.file).join(', '))} | ${cell(c.falseAlarms.slice(0, 3).map((f) => `${f.files.join(' ↔ ')}: ${f.message.slice(0, 100)}`).join('; '))} |`),
      '');
  }
  if (perCheck) {
    const total = perCheck.times.reduce((n, t) => n + t.millis, 0);
    out.push(`## Check time by check (${perCheck.documents} documents)`, '',
      'Each check run alone, in its own process (`dist/bench/check-one.js`), over every document of a database — what `doisoat check` runs in turn.', '',
      '| check_id | scope | time | share | flags | peak RSS |', '|---|---|---|---|---|---|',
      ...perCheck.times.map((t) => `| ${t.check_id} | ${t.scope} | ${t.ended ? `≥ ${(t.millis / 1000).toFixed(1)} s, ${t.ended}` : `${(t.millis / 1000).toFixed(2)} s`} | ${((100 * t.millis) / total).toFixed(0)} % | ${t.flags ?? '—'} | ${t.peakRssMb === null ? '—' : `${t.peakRssMb.toFixed(0)} MB`} |`),
      '');
  }
  if (notes.length) out.push('## Notes', '', ...notes.map((n) => `- ${n}`), '');
  out.push('Where the time goes for each target not met: [profile.md](profile.md). Checks over Parquet shards: [scaleout.md](scaleout.md).', '');
  return out.join('\n');
}

export function profileMarkdown(runs: ProfileRun[], notMet: string[], m: Machine, when: string): string {
  const out = ['# Where the time goes', '',
    `CPU profiles (\`node --cpu-prof\`, V8 sampling) taken by \`npm run bench\` on ${when} for the targets not met: ${notMet.length ? notMet.join(', ') : 'none'}.`,
    `Machine: ${machineLine(m)}.`, '',
    'Self time: time a function spent in its own code (not in what it called). Percentages are of the thread\'s busy time; idle is time the thread waited (for a task, for DuckDB\'s own threads, for I/O).', ''];
  for (const r of runs) {
    out.push(`## ${r.label}`, '', `\`${r.command}\` — ${(r.millis / 1000).toFixed(1)} s wall.`, '');
    for (const t of r.threads) {
      const s = t.summary;
      out.push(`### ${t.thread}: ${(s.busyMs / 1000).toFixed(2)} s busy, ${(s.idleMs / 1000).toFixed(2)} s idle`, '',
        '| self time by file | ms | % busy |', '|---|---|---|',
        ...s.byFile.map((x) => `| ${cell(x.name)} | ${x.ms.toFixed(0)} | ${x.pct.toFixed(1)} |`), '',
        '| self time by function | ms | % busy |', '|---|---|---|',
        ...s.byFunction.map((x) => `| ${cell(x.name)} | ${x.ms.toFixed(0)} | ${x.pct.toFixed(1)} |`), '');
    }
  }
  return out.join('\n');
}

export function scaleoutMarkdown(s: ScaleoutResult, m: Machine, when: string): string {
  const rowsSingle = Object.fromEntries(s.exportSingle.tables.map((t) => [t.table, t.rows]));
  const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const out = [
    '# Checks over Parquet shards', '',
    `Measured by \`npm run bench\` on ${when}. Machine: ${machineLine(m)}.`, '',
    'Two halves of a generated corpus (alternate files) are ingested into two databases and exported separately;',
    'the checks then run, unchanged, on views over the union of both shard sets, and are compared flag by flag with',
    'the checks on one database holding both halves.', '',
    '## Recipe', '', '```sh',
    'doisoat ingest half-a/ --db a.duckdb && doisoat export --parquet shards/a --db a.duckdb',
    'doisoat ingest half-b/ --db b.duckdb && doisoat export --parquet shards/b --db b.duckdb',
    '```', '',
    'Each table lands in `DIR/<table>/tinh=<province>/nam=<year>/data_0.parquet`. In DuckDB (or in code:',
    '`openShards([dirs])` / `checkShards([dirs])` from `pipeline/export/shards.ts`), one view per table over every shard set:', '',
    '```sql', ...s.viewsSql.slice(0, 4).map((q) => q.replaceAll(s.dirs[0], 'shards/a').replaceAll(s.dirs[1], 'shards/b')), '-- ... one per table', '```', '',
    'then every check of `pipeline/checks` runs on those views with no scope (all documents).', '',
    '## Measured', '',
    '| step | time | documents | rows |', '|---|---|---|---|',
    ...s.halves.map((h, i) => `| ingest half ${'AB'[i]} (\`--jobs ${h.jobs}\`) | ${sec(h.millis)} | ${h.documents} | ${s.exports[i].tables.reduce((n, t) => n + t.rows, 0)} |`),
    ...s.exports.map((e, i) => `| export --parquet half ${'AB'[i]} | ${sec(e.millis)} | ${e.tables.find((t) => t.table === 'documents')?.rows ?? 0} | ${e.tables.reduce((n, t) => n + t.files, 0)} files |`),
    `| export --parquet single database | ${sec(s.exportSingle.millis)} | ${rowsSingle.documents ?? 0} | ${s.exportSingle.tables.reduce((n, t) => n + t.files, 0)} files |`,
    `| checks over the union of the two shard sets (views, in-memory DuckDB) | ${sec(s.shardMillis)} | ${s.shardRows.documents} | ${Object.values(s.shardRows).reduce((a, b) => a + b, 0)} |`,
    `| the same, shards first copied into in-memory tables (\`materialize: true\`) | ${sec(s.materializedMillis)} | ${s.shardRows.documents} | ${s.materializedIdentical ? 'same flags' : '**different flags**'} |`,
    `| checks on the single database | ${sec(s.singleMillis)} | ${s.singleDocuments} | ${Object.values(rowsSingle).reduce((a, b) => a + b, 0)} |`,
    '',
    '| table | rows, union of shards | rows, single database |', '|---|---|---|',
    ...Object.keys(s.shardRows).map((t) => `| ${t} | ${s.shardRows[t]} | ${rowsSingle[t] ?? 0} |`),
    '',
    '(`runs` and `flags` differ by design: each half has its own run, and its own flags computed without the other half.)', '',
    '| check_id | flags, single database | flags, union of shards | only on union | only on single | across the halves |', '|---|---|---|---|---|---|',
    ...s.compare.map((c) => `| ${c.check_id} | ${c.single} | ${c.union} | ${c.onlyUnion} | ${c.onlySingle} | ${c.acrossHalves} |`),
    '',
    s.identical ? 'The flags on the union of the shard sets are exactly the flags on the single database (same flag ids).' : '**The flags differ** between the union of the shard sets and the single database (see the table).',
    '',
  ];
  return out.join('\n');
}
