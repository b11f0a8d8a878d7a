/** A time budget for reading one file: any awaited pdfjs call loses the race against it with a `timeout`. */
import { DoisoatError } from '../../../pipeline/errors.js';

export interface Deadline {
  /** Epoch milliseconds. */
  at: number;
}

export async function withDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  const left = deadline.at - Date.now();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DoisoatError('timeout')), Math.max(0, left));
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    // The losing promise may still reject later; nobody awaits it.
    work.catch(() => undefined);
  }
}
