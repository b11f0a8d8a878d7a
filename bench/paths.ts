import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bench reads and writes: the repository root, whether run from `dist/bench` or from sources. */
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = here.includes(`${join('dist', 'bench')}`) ? resolve(here, '..', '..') : resolve(here, '..');
export const DIST = join(ROOT, 'dist');
/** Git-ignored: cached corpora, scratch databases, profiles. */
export const TMP = join(ROOT, 'bench', 'tmp');
export const CLI = join(ROOT, 'bin', 'doisoat.mjs');
export const GEN_CLI = join(DIST, 'scripts', 'gen', 'cli.js');
export const RSS_HOOK = join(DIST, 'bench', 'rss-hook.js');
export const RESULTS_JSON = join(ROOT, 'bench', 'results.json');
export const RESULTS_MD = join(ROOT, 'bench', 'results.md');
export const PROFILE_MD = join(ROOT, 'bench', 'profile.md');
export const SCALEOUT_MD = join(ROOT, 'bench', 'scaleout.md');
