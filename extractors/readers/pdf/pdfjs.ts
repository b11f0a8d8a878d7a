/**
 * The one place that loads pdfjs-dist (legacy build, for Node 20): the main module and, eagerly, its worker
 * module, which registers itself as `globalThis.pdfjsWorker` so that pdfjs runs its "fake worker" in this
 * thread without importing anything later. The order of the imports matters: natives.js saves Node's built-ins
 * before pdfjs's polyfills replace them, and restoreNatives puts them back.
 */
import { restoreNatives } from './natives.js';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { GlobalWorkerOptions, OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

restoreNatives();
// Not loaded while globalThis.pdfjsWorker is there; named all the same, so pdfjs never guesses a path.
GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;

export { OPS, getDocument };
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
