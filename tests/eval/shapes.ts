/** References found in fixtures/public-vn, counted by symbol shape (`symbolShape` from extractors/docref). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocRef } from '../../schemas/entities.js';
import { symbolShape } from '../../extractors/docref/index.js';

export const PUBLIC_VN_DIR = 'fixtures/public-vn';

export interface ShapeCounts {
  files: number;
  failedFiles: { file: string; error: string }[];
  refs: number;
  /** Shape → number of references, most frequent first. */
  byShape: [string, number][];
}

/** Counts the shapes of the references `extractRefs` finds in every `.txt` of fixtures/public-vn. */
export async function countShapes(root: string, extractRefs: (path: string) => Promise<DocRef[]>): Promise<ShapeCounts> {
  const files = readdirSync(join(root, PUBLIC_VN_DIR)).filter((f) => f.endsWith('.txt')).sort();
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
    for (const r of found) {
      const shape = symbolShape(r);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
  }
  const byShape = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { files: files.length, failedFiles, refs, byShape };
}
