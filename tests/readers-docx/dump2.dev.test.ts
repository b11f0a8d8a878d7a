import { it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx.js';
import { buildZip, minimalDocxParts, wordParagraph } from './zip-writer.js';
it('x', async () => {
  const v = minimalDocxParts(wordParagraph('x'));
  for (const patch of [{ data: '<w:document><w:body><w:p>' }, { declaredSize: 10 }, { rawData: Buffer.from('garbage garbage') }]) {
    try { await readDocx(buildZip(v.map((p) => p.name === 'word/document.xml' ? { ...p, ...patch } : p))); console.log('none'); }
    catch (e: any) { console.log(e.code, e.data); }
  }
  const d = await readDocx(buildZip(v)); console.log(JSON.stringify(d));
});
