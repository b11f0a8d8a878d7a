import { afterEach, describe, expect, it } from 'vitest';
import docref_conflict from '../../pipeline/checks/docref_conflict.js';
import self_reference_mismatch from '../../pipeline/checks/self_reference_mismatch.js';
import { closeDb, openDb, type Db } from '../../pipeline/db/database.js';
import { dbOfTexts, loadFiles, quotes, quotesExact, report, runCheck, SEED_DIR } from '../checks-facts/helpers.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

/** Crafted district reports, each citing what `cites` says (doc ids sort in the order given). */
async function flagsOf(docs: Record<string, { district: string; number: string; cites: string; date?: string; appendix?: string }>) {
  const texts: Record<string, string> = {};
  for (const [id, d] of Object.entries(docs)) {
    texts[id] = report({ issuer: `UBND HUYỆN ${d.district.toUpperCase()}`, number: d.number, place: d.district, date: d.date, body: d.cites })
      + (d.appendix ? `\nBiểu số 02\n${d.appendix}\nSTT\tNội dung\tSố lượng\n1\tLớp tập huấn\t5\n` : '');
  }
  const r = await dbOfTexts(texts);
  db = r.db;
  return { flags: await runCheck(docref_conflict, r.db), texts: r.texts, db: r.db };
}

const CV = (symbol: string, date = '30/01/2023') => `Căn cứ Công văn số ${symbol} ngày ${date} của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai Dự án 6 năm 2023.`;

describe('docref_conflict: one document cited with two symbols', () => {
  it('three reports cite 85/BTTTT-KHTC, one 85/BTTTT-KHHC: only the odd one is flagged, against the first common citation', async () => {
    const { flags, texts } = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: CV('85/BTTTT-KHTC') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: CV('85/BTTTT-KHHC') },
      c: { district: 'Cao Lộc', number: '13/BC-UBND', cites: CV('85/BTTTT-KHTC') },
      d: { district: 'Chi Lăng', number: '14/BC-UBND', cites: CV('85/BTTTT-KHTC') },
    });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.severity, f.message])).toEqual([
      ['b', 'a', 'error', 'Cùng văn bản số 85 ngày 30/1/2023 được trích với hai ký hiệu khác nhau: "85/BTTTT-KHTC" và "85/BTTTT-KHHC".'],
    ]);
    const quote = 'Công văn số 85/BTTTT-KHTC ngày 30/01/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai Dự án 6 năm 2023';
    const at = texts.a.indexOf('Công văn số 85');
    const bt = texts.b.indexOf('Công văn số 85');
    expect(quotes(flags[0]).map(([doc, text, s]) => [doc, text.slice(0, 40), s])).toEqual([['a', quote.slice(0, 40), at], ['b', quote.replace('KHTC', 'KHHC').slice(0, 40), bt]]);
    expect(quotesExact(flags[0], texts)).toBe(true);
  });

  it('every report citing the odd symbol is flagged, each once', async () => {
    const { flags } = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: CV('85/BTTTT-KHTC') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: `${CV('85/BTTTT-KHHC')} ${CV('85/BTTTT-KHHC')}` },
      c: { district: 'Cao Lộc', number: '13/BC-UBND', cites: CV('85/BTTTT-KHTC') },
      d: { district: 'Chi Lăng', number: '14/BC-UBND', cites: CV('85/BTTTT-KHTC') },
      e: { district: 'Đình Lập', number: '15/BC-UBND', cites: CV('85/BTTTT-KHHC') },
    });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id])).toEqual([['b', 'a'], ['e', 'a']]);
  });

  it('the same number and date from two different issuers is two documents: nothing', async () => {
    const { flags } = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: CV('85/BTTTT-KHTC') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: 'Căn cứ Công văn số 85/SLĐTBXH-BTXHTE ngày 30/01/2023 của Sở Lao động - Thương binh và Xã hội về việc triển khai.' },
    });
    expect(flags).toEqual([]);
  });
});

describe('docref_conflict: one document cited with two dates', () => {
  const BC = (date: string, body: string) => `Căn cứ Báo cáo số 134/BC-UBND ngày ${date} của ${body} về kết quả thực hiện Chương trình.`;

  it('the same report of the same district with two dates is flagged', async () => {
    const { flags } = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: BC('10/01/2025', 'UBND huyện Cao Lộc') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: BC('07/01/2025', 'UBND huyện Cao Lộc') },
    });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.message])).toEqual([
      ['b', 'a', 'Văn bản "134/BC-UBND" được trích với hai ngày khác nhau: 10/1/2025 và 7/1/2025.'],
    ]);
  });

  it('`134/BC-UBND` of two districts is two reports (every UBND numbers its own): nothing', async () => {
    const { flags } = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: BC('10/01/2025', 'UBND huyện Cao Lộc') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: BC('07/01/2025', 'UBND huyện Văn Lãng') },
    });
    expect(flags).toEqual([]);
  });

  it('`Ủy ban nhân dân` and `UBND`, with or without tone marks, name one body', async () => {
    const { flags } = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: BC('10/01/2025', 'Ủy ban nhân dân huyện Cao Lộc') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: BC('07/01/2025', 'UBND huyện Cao Lộc') },
    });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id])).toEqual([['b', 'a']]);
  });

  it('a citation naming no body joins the only body named; with two bodies named it is left alone', async () => {
    const one = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: BC('10/01/2025', 'UBND huyện Cao Lộc') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: 'Căn cứ Báo cáo số 134/BC-UBND ngày 07/01/2025 về kết quả thực hiện Chương trình.' },
    });
    expect(one.flags.map((f) => [f.doc_id, f.related_doc_id])).toEqual([['b', 'a']]);
    closeDb(one.db);
    const two = await flagsOf({
      a: { district: 'Bắc Sơn', number: '11/BC-UBND', cites: BC('10/01/2025', 'UBND huyện Cao Lộc') },
      b: { district: 'Bình Gia', number: '12/BC-UBND', cites: 'Căn cứ Báo cáo số 134/BC-UBND ngày 07/01/2025 về kết quả thực hiện Chương trình.' },
      c: { district: 'Chi Lăng', number: '13/BC-UBND', cites: BC('03/01/2025', 'UBND huyện Văn Lãng') },
    });
    expect(two.flags).toEqual([]);
  });

  it('a report citing itself under its appendices (2024-h2/cao-loc) is left to self_reference_mismatch', async () => {
    const { flags, db: d } = await flagsOf({
      a: {
        district: 'Cao Lộc', number: '134/BC-UBND', date: 'ngày 10 tháng 01 năm 2025', cites: 'Kết quả thực hiện năm 2024 như sau.',
        appendix: '(Kèm theo Báo cáo số: 134/BC-UBND ngày 10 tháng 01 năm 2025 của UBND huyện Cao Lộc)\n\nBiểu số 03\n(Kèm theo Báo cáo số: 134/BC-UBND ngày 07 tháng 01 năm 2025 của UBND huyện Cao Lộc)',
      },
    });
    expect(flags).toEqual([]);
    const self = await runCheck(self_reference_mismatch, d);
    expect(self.map((f) => f.message)).toEqual(['Phụ lục ghi "Kèm theo Báo cáo số 134/BC-UBND" nhưng ngày 7/1/2025 khác ngày 10/1/2025 của báo cáo.']);
  });
});

describe('docref_conflict on the seeds (txt): 000 cites 252 and 1768 as BTTTT-KHHC, 001 as BTTTT-KHTC', () => {
  it('one flag per letter, naming both reports', async () => {
    db = await openDb(':memory:');
    const files = ['000_63739cf91234dbc4.txt', '001_157e71765e27d8f0.txt', '002_5400b95413840074.txt', '004_7690d259663c1765.txt'].map((f) => `${SEED_DIR}/${f}`);
    const loaded = await loadFiles(db, files);
    const flags = await runCheck(docref_conflict, db);
    const name = (id: string | null) => (id ? loaded.pathOf[id].split('/').pop() : null);
    expect(flags.map((f) => [name(f.doc_id), name(f.related_doc_id), f.message]).sort()).toEqual([
      ['001_157e71765e27d8f0.txt', '000_63739cf91234dbc4.txt', 'Cùng văn bản số 1768 ngày 12/5/2023 được trích với hai ký hiệu khác nhau: "1768/BTTTT-KHHC" và "1768/BTTTT-KHTC".'],
      ['001_157e71765e27d8f0.txt', '000_63739cf91234dbc4.txt', 'Cùng văn bản số 252 ngày 19/1/2023 được trích với hai ký hiệu khác nhau: "252/BTTTT-KHHC" và "252/BTTTT-KHTC".'],
    ]);
    for (const f of flags) expect(quotesExact(f, loaded.texts)).toBe(true);
    expect(flags.map((f) => f.evidence.map((e) => e.text)).sort()).toEqual([
      // a long citation is quoted up to 160 characters
      ['Công văn số 1768/BTTTT-KHHC ngày 12/5/2023 về việc ý kiến đối với Kế hoạch triển khai thực hiện Tiểu dự án - Giảm nghèo về thông tin thuộc Chương trình MTQG Giả',
        'Công văn số 1768/BTTTT-KHTC ngày 12/5/2023 về việc ý kiến đối với Kế hoạch triển khai thực hiện Tiểu dự án - Giảm nghèo về thông tin thuộc Chương trình MTQG Giả'],
      ['Công văn số 252/BTTTT-KHHC ngày 19/01/2023', 'Công văn số 252/BTTTT-KHTC ngày 19/01/2023'],
    ].sort());
  });
});
