/**
 * `node dist/scripts/gen/cli.js --districts N --periods P --out DIR [--seed S] [--formats txt,docx,pdf]
 * [--errors-per-doc K] [--all-kinds]` — a synthetic corpus of province reports with known errors.
 * Logs go to stderr; a usage mistake ends with one line and exit code 2.
 */
import { parseCliArgs, USAGE } from './args.js';
import { generateCorpus, type GenerateOptions } from './generate.js';

async function main(): Promise<void> {
  let opts: GenerateOptions;
  try {
    opts = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`gen: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const started = performance.now();
  const summary = await generateCorpus({ ...opts, warn: (m) => process.stderr.write(`${m}\n`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`gen: ${summary.documents} reports, ${summary.files} files, ${summary.injections} errors injected in ${seconds} s → ${opts.out}\n`);
}

await main();
