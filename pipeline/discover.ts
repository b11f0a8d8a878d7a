import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatOfName } from './sniff.js';
import { accessProblem, notRegularFile } from './fileAccess.js';

/**
 * Edge: the files under the given paths, recursively, in a stable order. Files with an extension other
 * than .txt/.docx/.pdf inside folders are listed as ignored; a path given explicitly is always kept
 * (the reader says why it cannot be read). Symlink loops, unreadable folders and paths that are not regular
 * files (a FIFO, a socket, a device: never opened, reading a FIFO blocks) are reported, not fatal.
 */
export interface Discovered {
  files: string[];
  ignored: string[];
  problems: { path: string; code: 'symlink_loop' | 'unreadable'; message: string }[];
}

export async function discover(paths: string[]): Promise<Discovered> {
  const out: Discovered = { files: [], ignored: [], problems: [] };
  const seenDirs = new Set<string>();
  async function walk(p: string, explicit: boolean): Promise<void> {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') out.problems.push({ path: p, code: 'symlink_loop', message: 'Liên kết tượng trưng tạo vòng lặp.' });
      else if (code === 'ENOENT' && (await lstat(p).catch(() => null))?.isSymbolicLink()) out.problems.push({ path: p, code: 'unreadable', message: 'Liên kết tượng trưng trỏ tới tệp không tồn tại.' });
      else out.problems.push({ path: p, code: 'unreadable', message: accessProblem(e).message });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try { real = await realpath(p); } catch { real = p; }
      if (seenDirs.has(real)) {
        if ((await lstat(p)).isSymbolicLink()) out.problems.push({ path: p, code: 'symlink_loop', message: 'Liên kết tượng trưng trỏ về một thư mục đã duyệt (vòng lặp).' });
        return;
      }
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = (await readdir(p)).sort();
      } catch (e) {
        out.problems.push({ path: p, code: 'unreadable', message: `Không đọc được thư mục: ${(e as NodeJS.ErrnoException).code ?? ''}` });
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        await walk(join(p, name), false);
      }
      return;
    }
    if (!st.isFile()) {
      if (explicit || formatOfName(p) !== null) out.problems.push({ path: p, code: 'unreadable', message: notRegularFile(st) ?? '' });
      return;
    }
    if (explicit || formatOfName(p) !== null) out.files.push(p);
    else out.ignored.push(p);
  }
  for (const p of paths) await walk(resolve(p), true);
  out.files = [...new Set(out.files)];
  return out;
}
