import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Edge: reading one input file safely, and saying in words a clerk understands why it cannot be read.
 * A path that is not a regular file (a FIFO would block a reader forever, even as root) is refused from
 * its fstat, after a non-blocking open; a file over the size limit is refused before its bytes are read.
 */
export interface AccessProblem {
  code: 'unreadable' | 'symlink_loop' | 'too_large';
  message: string;
}

const ERRNO_MESSAGES: Record<string, string> = {
  EACCES: 'Không có quyền đọc tệp.',
  EPERM: 'Không có quyền đọc tệp.',
  ENOENT: 'Tệp không tồn tại (đã bị xoá, di chuyển, hoặc là liên kết hỏng).',
  EISDIR: 'Đường dẫn là một thư mục, không phải tệp.',
  EIO: 'Lỗi đọc ổ đĩa.',
  ENXIO: 'Không phải tệp thông thường (thiết bị hoặc ổ cắm).',
  EMFILE: 'Hệ thống đang mở quá nhiều tệp; hãy chạy lại.',
  ENFILE: 'Hệ thống đang mở quá nhiều tệp; hãy chạy lại.',
};

export const SYMLINK_LOOP_MESSAGE = 'Liên kết tượng trưng tạo vòng lặp (trỏ về chính nó hoặc thư mục chứa nó).';

export function tooLargeMessage(bytes: number, maxBytes: number): string {
  const mb = (n: number) => (n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0);
  return `Tệp ${mb(bytes)} MB vượt giới hạn ${mb(maxBytes)} MB (tăng bằng --max-mb nếu cần).`;
}

/** The problem behind a failed file-system call. */
export function accessProblem(e: unknown): AccessProblem {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'ELOOP') return { code: 'symlink_loop', message: SYMLINK_LOOP_MESSAGE };
  if (code === 'ERR_FS_FILE_TOO_LARGE') return { code: 'too_large', message: 'Tệp quá lớn để đọc (trên 2 GB).' };
  const known = ERRNO_MESSAGES[code];
  const detail = code || (e as Error | null)?.message || String(e);
  return { code: 'unreadable', message: known ? `${known} [${code}]` : `Không đọc được tệp [${detail}].` };
}

/** Why a path that exists is not a file to read, or null for a regular file. */
export function notRegularFile(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isFIFO()) return 'Không phải tệp thông thường mà là một đường ống (FIFO): đọc sẽ bị treo, nên không đọc.';
  if (st.isSocket()) return 'Không phải tệp thông thường mà là một ổ cắm (socket).';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'Không phải tệp thông thường mà là một thiết bị.';
  if (st.isDirectory()) return 'Đường dẫn là một thư mục, không phải tệp.';
  return 'Không phải tệp thông thường.';
}

export type FileRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; size: number; problem: AccessProblem };

/**
 * The bytes of `path` when it is a regular file of at most `maxBytes`. Opened with O_NONBLOCK so a FIFO
 * swapped in after discovery cannot block; the type and size come from the open descriptor (fstat).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<FileRead> {
  let fh;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, size: 0, problem: accessProblem(e) };
  }
  try {
    const st = await fh.stat();
    const odd = notRegularFile(st);
    if (odd) return { ok: false, size: 0, problem: { code: 'unreadable', message: odd } };
    if (st.size > maxBytes) return { ok: false, size: st.size, problem: { code: 'too_large', message: tooLargeMessage(st.size, maxBytes) } };
    return { ok: true, bytes: new Uint8Array(await fh.readFile()) };
  } catch (e) {
    return { ok: false, size: 0, problem: accessProblem(e) };
  } finally {
    await fh.close().catch(() => undefined);
  }
}
