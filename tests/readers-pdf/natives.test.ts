import { describe, expect, it } from 'vitest';
import '../../extractors/readers/pdf.js';
import { restoreNatives } from '../../extractors/readers/pdf/natives.js';

describe('Node built-ins replaced by pdfjs-dist polyfills', () => {
  // pdfjs-dist's legacy build swaps these for slower core-js versions in plain Node (not under vitest, which is
  // why the swap is simulated here); restoreNatives puts back the ones saved before pdfjs loaded.
  it('are put back by restoreNatives', () => {
    const saved = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const fakes = {
      push: function push(this: unknown[], ...items: unknown[]): number {
        return saved.push.apply(this, items);
      },
      parse: (text: string): unknown => saved.parse(text),
      stringify: (value: unknown): string | undefined => saved.stringify(value),
    };
    Object.defineProperty(Array.prototype, 'push', { value: fakes.push, writable: true, configurable: true });
    JSON.parse = fakes.parse as typeof JSON.parse;
    JSON.stringify = fakes.stringify as typeof JSON.stringify;
    try {
      restoreNatives();
      expect(Array.prototype.push).toBe(saved.push);
      expect(JSON.parse).toBe(saved.parse);
      expect(JSON.stringify).toBe(saved.stringify);
    } finally {
      Object.defineProperty(Array.prototype, 'push', { value: saved.push, writable: true, configurable: true });
      JSON.parse = saved.parse;
      JSON.stringify = saved.stringify;
    }
  });

  it('the in-process pdfjs worker is registered when the reader loads', () => {
    expect(typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe('function');
  });
});
