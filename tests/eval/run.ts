/**
 * `npm run eval`: every gold file × every format present (txt, docx, pdf) through the real pipeline,
 * scored against the gold; the report goes to stdout and to out/eval.md. Always exits 0 (it is a report).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from '../../pipeline/extract.js';
import { evaluateDoc, type DocEval } from './evaluate.js';
import { FORMATS, listGoldFiles, loadGold, sourceDirOf } from './gold.js';
import { renderReport } from './report.js';
import { countShapes, type ShapeCounts } from './shapes.js';

const OUT_FILE = 'out/eval.md';

async function evaluateAll(root: string): Promise<DocEval[]> {
  const evals: DocEval[] = [];
  for (const goldPath of listGoldFiles(root)) {
    const gold = loadGold(goldPath);
    const dir = sourceDirOf(gold.doc, root);
    if (!dir) {
      process.stderr.write(`eval: no source text for gold ${gold.doc}\n`);
      continue;
    }
    for (const format of FORMATS) {
      const path = join(dir, `${gold.doc}.${format}`);
      if (!existsSync(path)) continue;
      process.stderr.write(`eval: ${gold.doc}.${format}\n`);
      try {
        evals.push(evaluateDoc(gold, format, await extractFile(path)));
      } catch (e) {
        evals.push(evaluateDoc(gold, format, { error: (e as Error).message }));
      }
    }
  }
  return evals;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const evals = await evaluateAll(root);
  let shapes: ShapeCounts | null = null;
  try {
    process.stderr.write('eval: counting reference shapes in fixtures/public-vn\n');
    shapes = await countShapes(root, async (path) => (await extractFile(path)).doc_refs);
  } catch (e) {
    process.stderr.write(`eval: shapes not counted: ${(e as Error).message}\n`);
  }
  const report = renderReport(evals, shapes, new Date().toISOString());
  process.stdout.write(`${report}\n`);
  mkdirSync(join(root, 'out'), { recursive: true });
  writeFileSync(join(root, OUT_FILE), `${report}\n`);
  process.stderr.write(`eval: written to ${OUT_FILE}\n`);
}

main()
  .catch((e: unknown) => process.stderr.write(`eval failed: ${(e as Error).stack ?? String(e)}\n`))
  .finally(() => {
    process.exitCode = 0;
  });
