/**
 * The one place that loads pdfjs-dist (legacy build, for Node 20): the main module and, eagerly, its worker
 * module, which registers itself as `globalThis.pdfjsWorker` so that pdfjs runs its "fake worker" in this
 * thread without importing anything later. The order of the imports matters: natives.js saves Node's built-ins
 * before pdfjs's polyfills replace them, and restoreNatives puts them back.
 */
import { restoreNatives } from './natives.js';
import { GlobalWorkerOptions, OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

restoreNatives();

export { GlobalWorkerOptions, OPS, getDocument };
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
