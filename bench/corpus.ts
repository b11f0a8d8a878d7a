import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GEN_CLI, DIST, TMP } from './paths.js';
import { mustSucceed, run } from './proc.js';

/** A generated corpus the bench measures on, cached under bench/tmp/corpus until the generator changes. */
export interface CorpusSpec {
  name: string;
  districts: number;
  periods: number;
  formats: ('txt' | 'docx' | 'pdf')[];
  seed?: number;
  allKinds?: boolean;
}

export interface Corpus {
  spec: CorpusSpec;
  dir: string;
  /** Files by extension, sorted. */
  files: Record<'txt' | 'docx' | 'pdf', string[]>;
  /** Whether the generator wrote PDFs (LibreOffice found) and why not. */
  pdf: { status: string; reason?: string };
  generatedMillis: number | null;
}

const DONE = '.complete';

export async function ensureCorpus(spec: CorpusSpec, log: (m: string) => void): Promise<Corpus> {
  const key = createHash('sha256').update(JSON.stringify(spec)).update(generatorFingerprint()).digest('hex').slice(0, 10);
  const root = join(TMP, 'corpus');
  const dir = join(root, `${spec.name}-${key}`);
  let generatedMillis: number | null = null;
  if (!existsSync(join(dir, DONE))) {
    mkdirSync(root, { recursive: true });
    for (const old of readdirSync(root).filter((d) => d.startsWith(`${spec.name}-`))) rmSync(join(root, old), { recursive: true, force: true });
    const args = ['--districts', String(spec.districts), '--periods', String(spec.periods), '--out', dir, '--seed', String(spec.seed ?? 1), '--formats', spec.formats.join(',')];
    if (spec.allKinds) args.push('--all-kinds');
    log(`gen ${spec.name}: ${args.join(' ')}`);
    const t0 = performance.now();
    const r = await run(process.execPath, [GEN_CLI, ...args]);
    mustSucceed(`generator (${spec.name})`, r);
    generatedMillis = performance.now() - t0;
    writeFileSync(join(dir, DONE), JSON.stringify({ spec, millis: generatedMillis }) + '\n');
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { pdf: Corpus['pdf'] };
  return { spec, dir, files: listFiles(dir), pdf: manifest.pdf, generatedMillis };
}

function listFiles(dir: string): Corpus['files'] {
  const out: Corpus['files'] = { txt: [], docx: [], pdf: [] };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const ext = e.name.slice(e.name.lastIndexOf('.') + 1);
    if (ext === 'txt' || ext === 'docx' || ext === 'pdf') out[ext].push(join(e.parentPath, e.name));
  }
  for (const k of Object.keys(out) as (keyof Corpus['files'])[]) out[k].sort();
  return out;
}

/** The compiled generator's code: a change to it regenerates cached corpora. */
function generatorFingerprint(): string {
  const h = createHash('sha256');
  const root = join(DIST, 'scripts', 'gen');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name)).sort();
  for (const f of files) h.update(f.slice(root.length)).update(readFileSync(f));
  return h.digest('hex');
}
