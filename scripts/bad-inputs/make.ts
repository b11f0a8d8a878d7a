/**
 * Writes the corpus of hostile and broken inputs (see cases.ts) under a directory:
 *
 *   node dist/scripts/bad-inputs/make.js <dir> [--groups broken,big,limits]
 *
 * - broken/: every case of BAD_INPUTS plus one good file (one ingest over the folder exercises them all);
 * - big/: a 50 MB text file and a single 5 MB line;
 * - limits/: a PDF that takes seconds to read (for --timeout-s 1) and a 3-page PDF (for --max-pages 2).
 * The directory's previous content for these groups is replaced. Nothing is downloaded.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BAD_INPUTS, BIG_INPUTS, GOOD_INPUT, LIMIT_INPUTS, seedsAt, type Made, type Seeds } from './cases.js';

export const GROUPS = ['broken', 'big', 'limits'] as const;
export type Group = (typeof GROUPS)[number];

/** The repository root: the nearest folder above this file holding fixtures/seeds. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'fixtures', 'seeds'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('fixtures/seeds not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

function write(dir: string, file: string, made: Made): void {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  if ('symlink' in made) symlinkSync(made.symlink, path);
  else if ('fifo' in made) execFileSync('mkfifo', [path]);
  else {
    writeFileSync(path, made.bytes);
    if ('mode' in made) chmodSync(path, made.mode);
  }
}

/** Writes the groups under `dir`; returns the paths written, relative to `dir`. */
export function makeBadInputs(dir: string, groups: readonly Group[] = GROUPS, seeds: Seeds = defaultSeeds()): string[] {
  const out = resolve(dir);
  const written: string[] = [];
  const cases: Record<Group, { file: string; make: (s: Seeds) => Made }[]> = {
    broken: [...BAD_INPUTS, GOOD_INPUT],
    big: BIG_INPUTS,
    limits: LIMIT_INPUTS,
  };
  for (const g of groups) {
    rmSync(join(out, g), { recursive: true, force: true });
    for (const c of cases[g]) {
      write(out, c.file, c.make(seeds));
      written.push(c.file);
    }
  }
  return written;
}

export function defaultSeeds(): Seeds {
  const root = repoRoot();
  return seedsAt(join(root, 'fixtures', 'seeds'), join(root, 'fixtures', 'encodings'));
}

function main(argv: string[]): void {
  const dir = argv.find((a) => !a.startsWith('--'));
  const g = argv.indexOf('--groups');
  const groups = (g >= 0 ? argv[g + 1]?.split(',') ?? [] : [...GROUPS]) as Group[];
  if (!dir || groups.some((x) => !GROUPS.includes(x))) {
    process.stderr.write(`usage: make.js <dir> [--groups ${GROUPS.join(',')}]\n`);
    process.exitCode = 2;
    return;
  }
  const files = makeBadInputs(dir, groups);
  process.stderr.write(`${files.length} files written under ${resolve(dir)}\n`);
  for (const f of files) process.stdout.write(`${f}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
