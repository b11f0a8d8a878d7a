/**
 * pdfjs-dist's legacy build ships core-js polyfills that replace some built-ins for the whole process even
 * where Node's own are fine: Array.prototype.push (V8 does not throw when pushing to a frozen-length array),
 * JSON.parse and JSON.stringify (for the JSON source-text proposal). The replacements are several times slower.
 * This module, evaluated before pdfjs (see pdfjs.ts), keeps the built-ins, and `restoreNatives` puts them
 * back once pdfjs has loaded. pdfjs uses neither the frozen-length case nor JSON source text.
 */
const NATIVE_CODE = /\{\s*\[native code\]\s*\}\s*$/u;

function isNative(f: unknown): f is (...args: never[]) => unknown {
  return typeof f === 'function' && NATIVE_CODE.test(Function.prototype.toString.call(f));
}

const saved = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
};

/** Puts back the built-ins saved before pdfjs loaded (only those that were native then). */
export function restoreNatives(): void {
  if (isNative(saved.push) && Array.prototype.push !== saved.push) {
    Object.defineProperty(Array.prototype, 'push', { value: saved.push, writable: true, configurable: true, enumerable: false });
  }
  if (isNative(saved.parse) && JSON.parse !== saved.parse) {
    Object.defineProperty(JSON, 'parse', { value: saved.parse, writable: true, configurable: true, enumerable: false });
  }
  if (isNative(saved.stringify) && JSON.stringify !== saved.stringify) {
    Object.defineProperty(JSON, 'stringify', { value: saved.stringify, writable: true, configurable: true, enumerable: false });
  }
}
