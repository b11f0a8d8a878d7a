/**
 * Preloaded with `node --import` into a process the bench measures: when the main thread exits, it copies
 * `/proc/self/status` (VmHWM = peak resident set of the whole process, worker threads included) to the
 * file named by DOISOAT_BENCH_STATUS. Worker threads load it too and do nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.DOISOAT_BENCH_STATUS;
if (out && isMainThread) {
  process.on('exit', () => {
    try { writeFileSync(out, readFileSync('/proc/self/status', 'utf8')); } catch { /* no /proc: no peak RSS */ }
  });
}
