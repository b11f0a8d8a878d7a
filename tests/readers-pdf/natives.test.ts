import { describe, expect, it } from 'vitest';
import '../../extractors/readers/pdf.js';

const NATIVE = /\{\s*\[native code\]\s*\}\s*$/u;

describe('loading the PDF reader', () => {
  // pdfjs-dist's legacy build replaces these with slower core-js versions for the whole process.
  it.each([
    ['Array.prototype.push', () => Array.prototype.push],
    ['JSON.parse', () => JSON.parse],
    ['JSON.stringify', () => JSON.stringify],
  ])('leaves %s native', (_name, get) => {
    expect(Function.prototype.toString.call(get())).toMatch(NATIVE);
  });

  it('registers the in-process pdfjs worker', () => {
    expect(typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe('function');
  });
});
