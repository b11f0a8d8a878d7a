/**
 * `npm run bench [-- --quick]`: generate (or reuse) corpora under bench/tmp, measure issue 5's targets against
 * baselines run in the same session, profile what misses its target, and write bench/results.json,
 * bench/results.md, bench/profile.md and bench/scaleout.md. Logs on stderr, the table on stdout.
 */
import { writeFileSync } from 'node:fs';
import { parseBenchArgs, sizes, USAGE, type BenchArgs } from './args.js';
import { ensureCorpus, type Corpus } from './corpus.js';
import { currentLoad, describeMachine } from './machine.js';
import { PROFILE_MD, RESULTS_JSON, RESULTS_MD, SCALEOUT_MD } from './paths.js';
import { profileCheck, profileIngest, profileInProcess, type ProfileRun } from './profile.js';
import { profileMarkdown, resultsMarkdown, rowsOf, scaleoutMarkdown, type PerCheck } from './report.js';
import type { Outcome, TargetId } from './targets.js';
import { loadRows, measureAppender, realRows } from './measure/appender.js';
import { measureDocx } from './measure/docx.js';
import { measureAccuracy } from './measure/flags.js';
import { measurePdf } from './measure/pdf.js';
import { measureJobs, measureScale } from './measure/scale.js';
import { measureScaleout, type ScaleoutResult } from './measure/scaleout.js';
import { ingestRun, type IngestRun } from './measure/ingestRun.js';
import { measureTxt } from './measure/txt.js';
import type { Score } from './accuracy.js';

const started = performance.now();
function log(m: string): void {
  process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
}

async function main(args: BenchArgs): Promise<void> {
  const size = sizes(args.quick);
  const machine = await describeMachine();
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  log(`${args.quick ? 'quick' : 'full'} run on ${machine.cpu}, ${machine.cores} cores, load ${machine.loadStart}`);
  const jobs = machine.cores;
  const outcomes: Outcome[] = [];
  const details: Record<string, unknown> = {};
  const notes: string[] = [];
  const want = (p: Parameters<typeof args.parts.has>[0]) => args.parts.has(p);

  const needsMixed = want('pdf') || want('docx') || want('accuracy');
  const needsScale = want('scale') || want('scaleout') || want('txt') || want('appender');
  const mixed = needsMixed ? await ensureCorpus({ name: args.quick ? 'mixed-quick' : 'mixed', ...size.mixed, formats: ['txt', 'docx', 'pdf'], allKinds: true }, log) : null;
  const small = needsScale ? await ensureCorpus({ name: args.quick ? 'small-quick' : 'small', ...size.small, formats: ['txt'] }, log) : null;
  const large = want('scale') ? await ensureCorpus({ name: args.quick ? 'large-quick' : 'large', ...size.large, formats: ['txt'] }, log) : null;
  if (mixed && mixed.pdf.status !== 'written') notes.push(`The generator wrote no PDF: ${mixed.pdf.reason ?? mixed.pdf.status}.`);
  const generatedTxt = small ? small.files.txt.slice(0, size.txtGenerated) : [];

  if (want('txt')) {
    const r = measureTxt(generatedTxt, log);
    outcomes.push(r.outcome);
    details.txt = r.sets;
  }
  if (want('appender')) {
    const r = await measureAppender(generatedTxt.slice(0, 100), size.appenderRows, log);
    outcomes.push(r.outcome);
    details.appender = r.result;
  }
  if (want('pdf') && mixed) {
    const r = await measurePdf(mixed.files.pdf, log);
    outcomes.push(r.outcome);
    details.pdf = r.result;
  }
  if (want('docx') && mixed) {
    const r = await measureDocx(mixed.files.docx, log);
    outcomes.push(r.outcome);
    details.docx = r.result;
  }
  let smallIngest: IngestRun | null = null;
  let perCheck: PerCheck | null = null;
  if (want('scale') && small && large) {
    const r = await measureScale(small.dir, large.dir, jobs, size.limits, log);
    outcomes.push(...r.outcomes);
    details.scale = r.result;
    smallIngest = r.result.small;
    perCheck = { documents: r.result.small.documents, times: r.result.perCheck };
    const j = await measureJobs(small.dir, r.result.small, machine.cores, size.limits.ingestMs, log);
    outcomes.push(j.outcome);
    details.jobs = { one: j.one, two: j.two };
  }
  let score: Score | null = null;
  if (want('accuracy') && mixed) {
    const r = await measureAccuracy(mixed.dir, jobs, log);
    outcomes.push(...r.outcomes);
    score = r.result.score;
    details.accuracy = { ingest: r.result.ingest, score: { ...score, byCheck: score.byCheck.map((c) => ({ ...c, misses: c.misses.slice(0, 50), falseAlarms: c.falseAlarms.slice(0, 50) })) } };
    printAccuracy(score);
  }
  let scaleout: ScaleoutResult | null = null;
  if (want('scaleout') && small) {
    const single = smallIngest ?? (await ingestRun('scale-small', [small.dir], jobs));
    scaleout = await measureScaleout(small.files.txt, single, jobs, log);
    details.scaleout = { ...scaleout, viewsSql: undefined };
  }

  const rows = rowsOf(outcomes);
  const notMet = rows.filter((r) => r.met === false).map((r) => r.id as TargetId);
  const profiles: ProfileRun[] = [];
  if (args.profile && notMet.length) {
    const txtLike: TargetId[] = ['txt_mb_per_s', 'per_doc_ratio', 'jobs_speedup', 'peak_rss_mb'];
    if (notMet.some((id) => txtLike.includes(id)) && small) {
      log('profile: ingest of a txt sample');
      profiles.push(await profileIngest('txt ingest sample', small.files.txt.slice(0, size.profileTxt)));
    }
    if (notMet.includes('pdf_ratio') && mixed) {
      log('profile: ingest of a PDF sample');
      profiles.push(await profileIngest('PDF ingest sample', mixed.files.pdf.slice(0, size.profileOther)));
    }
    if (notMet.includes('docx_ratio') && mixed) {
      log('profile: ingest of a docx sample');
      profiles.push(await profileIngest('docx ingest sample', mixed.files.docx.slice(0, size.profileOther)));
    }
    if (notMet.includes('check_seconds') && smallIngest) {
      log('profile: check on the small corpus');
      profiles.push(await profileCheck('check, small corpus', smallIngest.db, smallIngest.documents));
    }
    if (notMet.includes('appender_rows_per_s') && small) {
      log('profile: appendRows in-process');
      const docs = realRows(small.files.txt.slice(0, 50));
      profiles.push(await profileInProcess('appendRows', 'appendRows of 300 000 real rows in-process (inspector CPU profiler; the rows are made before profiling starts)', async () => {
        await loadRows(docs, Math.min(size.appenderRows, 300_000), () => {});
      }));
    }
  }

  machine.loadEnd = currentLoad();
  if (machine.loadStart > machine.cores || (machine.loadEnd ?? 0) > machine.cores) {
    notes.push(`The machine was busy (load average ${machine.loadStart} → ${machine.loadEnd} on ${machine.cores} cores): absolute times are inflated; the ratios compare runs made under the same load.`);
  }
  notes.push(...corpusNotes([mixed, small, large]));
  const full = {
    generated_at: new Date().toISOString(), mode: args.quick ? 'quick' : 'full', machine,
    targets: rows, details, profiles: profiles.map((p) => ({ label: p.label, command: p.command, millis: p.millis, threads: p.threads })),
    millis: performance.now() - started,
  };
  writeFileSync(RESULTS_JSON, JSON.stringify(full, jsonBigint, 2) + '\n');
  writeFileSync(RESULTS_MD, resultsMarkdown(rows, machine, full.mode, when, score, notes, perCheck));
  if (profiles.length || notMet.length) writeFileSync(PROFILE_MD, profileMarkdown(profiles, notMet, machine, when));
  if (scaleout) writeFileSync(SCALEOUT_MD, scaleoutMarkdown(scaleout, machine, when));
  printTable(rows);
  log(`done; wrote bench/results.json, bench/results.md${profiles.length ? ', bench/profile.md' : ''}${scaleout ? ', bench/scaleout.md' : ''}`);
}

function corpusNotes(corpora: (Corpus | null)[]): string[] {
  return corpora.filter((c): c is Corpus => c !== null).map((c) => {
    const n = (['txt', 'docx', 'pdf'] as const).filter((f) => c.files[f].length).map((f) => `${c.files[f].length} ${f}`).join(', ');
    return `Corpus \`${c.spec.name}\`: \`gen --districts ${c.spec.districts} --periods ${c.spec.periods} --formats ${c.spec.formats.join(',')}${c.spec.allKinds ? ' --all-kinds' : ''}\` → ${n}.`;
  });
}

function printTable(rows: ReturnType<typeof rowsOf>): void {
  const lines = rows.map((r) => `${r.met === null ? 'n/a ' : r.met ? 'MET ' : 'MISS'}  ${r.id.padEnd(20)} ${r.target.padEnd(16)} ${r.value === null ? `(${r.missing})` : r.value.toFixed(2).padStart(12)}  ${r.measured}`);
  process.stdout.write(lines.join('\n') + '\n');
}

function printAccuracy(score: Score): void {
  const out: string[] = [`flags vs ground truth: recall ${score.recall.toFixed(1)} % (${score.found}/${score.truth}), precision ${score.precision.toFixed(1)} % (${score.rightFlags}/${score.flags})`];
  for (const c of score.byCheck) {
    out.push(`  ${c.check_id}${c.exists ? '' : ' (no check yet)'}: ${c.found}/${c.truth} found, ${c.rightFlags}/${c.flags} flags right`);
    for (const m of c.misses.slice(0, 10)) out.push(`    miss: ${m.file} ${JSON.stringify(m.detail ?? {}).slice(0, 160)}`);
    if (c.misses.length > 10) out.push(`    … ${c.misses.length - 10} more misses`);
    for (const f of c.falseAlarms.slice(0, 10)) out.push(`    false alarm: ${f.files.join(' ↔ ')}: ${f.message.slice(0, 160)}`);
    if (c.falseAlarms.length > 10) out.push(`    … ${c.falseAlarms.length - 10} more false alarms`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

function jsonBigint(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

let parsed: BenchArgs;
try {
  parsed = parseBenchArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${(e as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
main(parsed).catch((e: Error) => {
  process.stderr.write(`bench: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
