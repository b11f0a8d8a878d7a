/**
 * A real .docx (OOXML) zipped with jszip. Every entry carries the same fixed date and the parts are added
 * in a fixed order, so the same blocks always give the same bytes.
 */
import JSZip from 'jszip';
import type { Block } from '../model.js';
import { CONTENT_TYPES_XML, DOCUMENT_RELS_XML, documentXml, ROOT_RELS_XML, STYLES_XML } from './docx-xml.js';

/** Zip entry date: fixed so output is byte-identical from run to run. */
const ENTRY_DATE = new Date(2024, 0, 1, 0, 0, 0);

export async function renderDocx(blocks: Block[]): Promise<Buffer> {
  const zip = new JSZip();
  const add = (name: string, data: string) => zip.file(name, data, { date: ENTRY_DATE, createFolders: false });
  add('[Content_Types].xml', CONTENT_TYPES_XML);
  add('_rels/.rels', ROOT_RELS_XML);
  add('word/document.xml', documentXml(blocks));
  add('word/_rels/document.xml.rels', DOCUMENT_RELS_XML);
  add('word/styles.xml', STYLES_XML);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
