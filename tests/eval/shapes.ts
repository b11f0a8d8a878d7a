/**
 * References found in fixtures/public-vn, counted by symbol shape (`symbolShape` from extractors/docref).
 * The docref module is loaded at run time so the eval still builds and reports when it lacks `symbolShape`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocRef } from '../../schemas/entities.js';

export const PUBLIC_VN_DIR = 'fixtures/public-vn';
const DOCREF_MODULE = new URL('../../extractors/docref/index.js', import.meta.url).href;

export interface ShapeCounts {
  files: number;
  failedFiles: { file: string; error: string }[];
  refs: number;
  /** Shape → number of references, most frequent first. */
  byShape: [string, number][];
  /** Why shapes could not be computed (module or export missing), else null. */
  unavailable: string | null;
}

type ShapeFn = (ref: DocRef) => string;

/** `symbolShape` when the docref module exports it; else the reason it is unavailable. */
export async function loadSymbolShape(): Promise<ShapeFn | string> {
  try {
    const mod = (await import(DOCREF_MODULE)) as Record<string, unknown>;
    const fn = mod.symbolShape;
    if (typeof fn !== 'function') return 'extractors/docref/index.ts does not export symbolShape';
    return fn as ShapeFn;
  } catch (e) {
    return `extractors/docref/index.js could not be loaded: ${(e as Error).message}`;
  }
}

export async function countShapes(
  root: string,
  extractRefs: (path: string) => Promise<DocRef[]>,
): Promise<ShapeCounts> {
  const files = readdirSync(join(root, PUBLIC_VN_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const shape = await loadSymbolShape();
  const counts = new Map<string, number>();
  const failedFiles: ShapeCounts['failedFiles'] = [];
  let refs = 0;
  for (const f of files) {
    let found: DocRef[];
    try {
      found = await extractRefs(join(root, PUBLIC_VN_DIR, f));
    } catch (e) {
      failedFiles.push({ file: f, error: (e as Error).message });
      continue;
    }
    refs += found.length;
    if (typeof shape === 'string') continue;
    for (const r of found) {
      const s = String(shape(r));
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  const byShape = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { files: files.length, failedFiles, refs, byShape, unavailable: typeof shape === 'string' ? shape : null };
}
