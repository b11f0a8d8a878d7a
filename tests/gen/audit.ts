/**
 * A small independent checker for the generator's own output, reading only the .txt files with regexes.
 * It finds the ten kinds of inconsistency the generator injects; the tests compare what it finds with
 * ground_truth.json, so an accidental error (or an injection that did not show) fails them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Finding {
  doc: string;
  check: string;
  note: string;
}

const MONEY = String.raw`(\d{1,3}(?:\.\d{3})*(?:,\d+)?) (triệu đồng|đồng)`;
const PERCENT = String.raw`(\d+(?:,\d)?)%`;

/** Exact đồng of a printed amount: `1.234,5 triệu đồng` → 1 234 500 000. */
export function dong(number: string, unit: string): number {
  const [whole, dec = ''] = number.split(',');
  const int = Number(whole.replace(/\./g, ''));
  if (unit === 'đồng') return int;
  return int * 1_000_000 + Number(dec.padEnd(6, '0'));
}

function count(text: string): number {
  return Number(text.replace(/\./g, ''));
}

function roundedTenths(num: number, den: number): number {
  return Number((BigInt(num) * 2000n + BigInt(den)) / (2n * BigInt(den)));
}

export function percentMatches(stated: string, num: number, den: number): boolean {
  const [w, d] = stated.split(',');
  const tenths = Number(w) * 10 + (d ? Number(d) : 0);
  const exact = roundedTenths(num, den);
  if (d !== undefined) return tenths === exact || tenths === Math.floor((num * 1000) / den);
  return tenths === Math.round(exact / 10) * 10 || tenths === Math.floor((num * 100) / den) * 10 || Math.abs(tenths - exact) < 5;
}

export interface ParsedTable {
  label: string;
  selfRef: { number: string; date: string } | null;
  header: string[];
  rows: string[][];
}

export interface ParsedDoc {
  doc: string;
  text: string;
  number: string;
  date: string;
  year: number;
  tables: ParsedTable[];
}

function parseDoc(doc: string, text: string): ParsedDoc {
  const number = /^Số: (\d+\/BC-UBND)$/m.exec(text)![1];
  const d = /, ngày (\d\d) tháng (\d\d?) năm (\d{4})$/m.exec(text)!;
  const tables: ParsedTable[] = [];
  const re = /\(Kèm theo Báo cáo số: (\d+\/BC-UBND) ngày (\d\d) tháng (\d\d?) năm (\d{4}) của [^)]+\)\n\n(Biểu số \d+)\n\n(?:Đơn vị tính: triệu đồng\n\n)?((?:[^\n]*\t[^\n]*\n?)+)/g;
  for (const m of text.matchAll(re)) {
    const lines = m[6].trimEnd().split('\n').map((l) => l.split('\t'));
    tables.push({ label: m[5], selfRef: { number: m[1], date: `${m[2]}/${Number(m[3])}/${m[4]}` }, header: lines[0], rows: lines.slice(2) });
  }
  return { doc, text, number, date: `${d[1]}/${Number(d[2])}/${d[3]}`, year: Number(d[3]), tables };
}

export function readCorpus(dir: string): ParsedDoc[] {
  const docs: ParsedDoc[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const file of readdirSync(join(dir, folder)).filter((f) => f.endsWith('.txt')).sort()) {
      docs.push(parseDoc(`${folder}/${file.replace(/\.txt$/, '')}`, readFileSync(join(dir, folder, file), 'utf8')));
    }
  }
  return docs;
}

function cellValue(cell: string, money: boolean): number {
  return money ? dong(cell, 'triệu đồng') : count(cell);
}

function auditTable(doc: ParsedDoc, t: ParsedTable, out: Finding[]): void {
  const money = t.rows.some((r) => r.some((c) => /^(Triệu đồng)$/.test(c))) || t.header[1] === 'Đơn vị';
  const first = t.header.indexOf('Tổng số');
  const valueCols = t.header.length - first - 1;
  const rows = t.rows.map((r) => r.slice(first, first + valueCols).map((c) => cellValue(c, money)));
  const totalIndex = t.rows.findIndex((r) => r.includes('Tổng cộng'));
  for (const [i, r] of rows.entries()) {
    for (const k of [0, 1]) {
      let sum = 0;
      for (let c = 2 + k; c < r.length; c += 2) sum += r[c];
      if (sum !== r[k]) out.push({ doc: doc.doc, check: 'table_total_mismatch', note: `${t.label} row ${i} Tổng số` });
    }
  }
  if (totalIndex >= 0) {
    for (let c = 0; c < valueCols; c++) {
      const sum = rows.filter((_, i) => i !== totalIndex).reduce((s, r) => s + r[c], 0);
      if (sum !== rows[totalIndex][c]) out.push({ doc: doc.doc, check: 'table_total_mismatch', note: `${t.label} column ${c}` });
    }
  }
}

/** The `Năm Y / Kế hoạch|Thực hiện` cell of the row whose label starts with `label`. */
function tableCell(t: ParsedTable, label: string, year: number, actual: boolean, money: boolean): number | null {
  const row = t.rows.find((r) => r[1]?.startsWith(label));
  const col = t.header.indexOf(`Năm ${year}`);
  if (!row || col < 0) return null;
  return cellValue(row[col + (actual ? 1 : 0)], money);
}

const VALID = (d: number, m: number, y: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const TYPE_CODES = new Set(['QĐ', 'KH', 'TB', 'HD', 'TTr', 'BC', 'NQ', 'CT']);

/** Last month of the period a folder holds: `2023-q2` → 6, `2023-h1` → 6, `2023-nam` → 12. */
function periodEndMonth(folder: string): number {
  const m = /^\d{4}-(q(\d)|h(\d)|nam)$/.exec(folder)!;
  return m[2] ? Number(m[2]) * 3 : m[3] ? Number(m[3]) * 6 : 12;
}

/** The same figure (issuer, item, measure, as-of) stated with different values in two reports. */
function remember(store: Map<string, Map<string, string[]>>, key: string, value: number, doc: string): void {
  const values = store.get(key) ?? new Map<string, string[]>();
  values.set(String(value), [...(values.get(String(value)) ?? []), doc]);
  store.set(key, values);
}

export function auditCorpus(docs: ParsedDoc[]): Finding[] {
  const out: Finding[] = [];
  const add = (doc: string, check: string, note: string) => out.push({ doc, check, note });
  const figures = new Map<string, Map<string, string[]>>();
  const allocations = new Map<string, Map<string, string>>(); // issuer|subject|year → value → docs
  const refs = new Map<string, Map<string, string[]>>(); // number|date → symbol → docs
  const byFolder = new Map<string, ParsedDoc[]>();
  for (const doc of docs) {
    const folder = doc.doc.split('/')[0];
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), doc]);
    const issuer = /^(UBND [^\n]+)$/m.exec(doc.text)![1];
    // allocation sentences: total = central + local; remembered per issuer, subject and year
    for (const m of doc.text.matchAll(new RegExp(`Tổng kinh phí ((?:Tiểu dự án|Dự án) \\d) năm (\\d{4}): ${MONEY}, trong đó ngân sách trung ương: ${MONEY}, ngân sách địa phương: ${MONEY}\\.`, 'g'))) {
      const [t, a, b] = [dong(m[3], m[4]), dong(m[5], m[6]), dong(m[7], m[8])];
      if (t !== a + b) add(doc.doc, 'sum_mismatch', `allocation ${m[1]}`);
      const key = `${issuer}|${m[1]}|${m[2]}`;
      const values = allocations.get(key) ?? new Map<string, string>();
      const v = `${t}/${a}/${b}`;
      values.set(v, [values.get(v), doc.doc].filter(Boolean).join(','));
      allocations.set(key, values);
    }
    // overall sentences: the year's total and its list of sub-projects
    for (const m of doc.text.matchAll(new RegExp(`Tổng kinh phí (?:được giao )?năm \\d{4} (?:để thực hiện Chương trình là|giao cho các huyện, thành phố thực hiện Chương trình là) ${MONEY}, trong đó: ([^\\n]+)\\.\\n`, 'g'))) {
      const parts = [...m[3].matchAll(new RegExp(MONEY, 'g'))].map((p) => dong(p[1], p[2]));
      if (parts.length !== 3 || parts.reduce((a, b) => a + b, 0) !== dong(m[1], m[2])) add(doc.doc, 'sum_mismatch', 'overall');
    }
    // district paragraphs: percent of disbursed over the paragraph's total, spending list, text vs table
    for (const para of doc.text.split('\n\n')) {
      const alloc = new RegExp(`^Tổng kinh phí ((?:Tiểu dự án|Dự án) \\d) năm (\\d{4})(?: toàn tỉnh)?: ${MONEY}`).exec(para);
      const disb = new RegExp(`Kết quả giải ngân: ${MONEY}, đạt ${PERCENT}`).exec(para);
      if (alloc && disb) {
        const total = dong(alloc[3], alloc[4]);
        const paid = dong(disb[1], disb[2]);
        if (!percentMatches(disb[3], paid, total)) add(doc.doc, 'percent_mismatch', `${alloc[1]} ${disb[3]}%`);
        const spending = new RegExp(`Kinh phí đã giải ngân ${MONEY}, trong đó: ([^\\n]+)\\.$`).exec(para);
        if (spending) {
          const parts = [...spending[3].matchAll(new RegExp(MONEY, 'g'))].map((p) => dong(p[1], p[2]));
          if (parts.reduce((s, p) => s + p, 0) !== dong(spending[1], spending[2])) add(doc.doc, 'sum_mismatch', `spending ${alloc[1]}`);
        }
        const money = doc.tables.find((t) => t.label === 'Biểu số 01' && t.header[1] === 'Nội dung');
        if (money) {
          const row = money.rows.find((r) => r[1]?.startsWith(alloc[1]));
          const col = money.header.indexOf(`Năm ${alloc[2]}`);
          if (row && (dong(row[col], 'triệu đồng') !== total || dong(row[col + 1], 'triệu đồng') !== paid)) add(doc.doc, 'text_table_mismatch', alloc[1]);
        }
      }
      for (const line of para.matchAll(new RegExp(`^- (?:Huyện|Thành phố) [^:]+: kinh phí ${MONEY}, giải ngân ${MONEY}, đạt ${PERCENT};$`, 'gm'))) {
        if (!percentMatches(line[5], dong(line[3], line[4]), dong(line[1], line[2]))) add(doc.doc, 'percent_mismatch', line[0]);
      }
    }
    const classes = /đã tổ chức (\d+) lớp tập huấn, trong đó: (\d+) lớp cho cộng đồng, (\d+) lớp cho cán bộ cơ sở\. Tổng số người tham gia các lớp tập huấn là ([\d.]+) người\./.exec(doc.text);
    if (classes) {
      if (Number(classes[1]) !== Number(classes[2]) + Number(classes[3])) add(doc.doc, 'sum_mismatch', 'classes');
      const counts = doc.tables.find((t) => t.label === 'Biểu số 02')!;
      const year = Number(/^(\d{4})/.exec(doc.doc)![1]);
      const households = /cho ([\d.]+) hộ nghèo/.exec(doc.text)!;
      const pairs: [string, number][] = [
        ['Số lớp tập huấn nâng cao', Number(classes[2])], ['Số lớp tập huấn cho cán bộ', Number(classes[3])],
        ['Số người', count(classes[4])], ['Số hộ', count(households[1])],
      ];
      for (const [label, value] of pairs) if (tableCell(counts, label, year, true, false) !== value) add(doc.doc, 'text_table_mismatch', label);
    }
    const folder2 = doc.doc.split('/')[0];
    const reportYear = Number(folder2.slice(0, 4));
    const asOfOwn = `${reportYear}-${periodEndMonth(folder2)}`;
    if (classes) {
      const households = /cho ([\d.]+) hộ nghèo/.exec(doc.text)!;
      // the text's figures, keyed like the table cells they restate
      remember(figures, `${issuer}|Biểu số 02|Số người tham gia tập huấn|${reportYear}|TH|${asOfOwn}`, count(classes[4]), doc.doc);
      remember(figures, `${issuer}|Biểu số 02|Số hộ nghèo được hỗ trợ phương tiện nghe - xem|${reportYear}|TH|${asOfOwn}`, count(households[1]), doc.doc);
    }
    for (const t of doc.tables) {
      if (t.header[1] === 'Nội dung') {
        for (const row of t.rows) {
          for (let c = t.header.indexOf('Tổng số') + 2; c < t.header.length - 1; c += 2) {
            const y = Number(/Năm (\d{4})/.exec(t.header[c])![1]);
            const asOf = y < reportYear ? `${y}-12` : asOfOwn;
            const money = row[2] === 'Triệu đồng';
            remember(figures, `${issuer}|${t.label}|${row[1]}|${y}|KH|${asOf}`, cellValue(row[c], money), doc.doc);
            remember(figures, `${issuer}|${t.label}|${row[1]}|${y}|TH|${asOf}`, cellValue(row[c + 1], money), doc.doc);
          }
        }
      }
      auditTable(doc, t, out);
      if (t.selfRef && (t.selfRef.number !== doc.number || t.selfRef.date !== doc.date)) add(doc.doc, 'self_reference_mismatch', t.label);
    }
    for (const m of doc.text.matchAll(/(Công văn|Kế hoạch|Thông tư|Quyết định|Nghị quyết|Báo cáo) số (\d+)\/([^\s,;]+) ngày (\d\d?)\/(\d\d?)\/(\d{4})/g)) {
      const [, type, num, symbol, d, mo, y] = m;
      if (!VALID(Number(d), Number(mo), Number(y))) add(doc.doc, 'date_invalid', m[0]);
      if (type === 'Công văn' && TYPE_CODES.has(symbol.split('-')[0])) add(doc.doc, 'doc_type_code_mismatch', m[0]);
      const key = `${num}|${d}/${mo}/${y}`;
      const symbols = refs.get(key) ?? new Map<string, string[]>();
      symbols.set(symbol, [...(symbols.get(symbol) ?? []), doc.doc]);
      refs.set(key, symbols);
    }
  }
  for (const [key, symbols] of refs) {
    if (symbols.size > 1) add([...symbols.values()].flat().join(','), 'docref_conflict', key);
  }
  for (const [key, values] of figures) {
    // within one report a text/table difference is text_table_mismatch, found above
    if (values.size > 1 && new Set([...values.values()].flat()).size > 1) add([...values.values()].flat().join(','), 'cross_report_value_conflict', key);
  }
  for (const [key, values] of allocations) {
    if (values.size > 1) add([...values.values()].join(','), 'cross_report_value_conflict', key);
  }
  // province totals and rows against the district reports of the same folder
  for (const [folder, group] of byFolder) {
    const province = group.find((d) => d.doc.endsWith('/province'));
    if (!province) continue;
    const districts = group.filter((d) => d !== province && !d.doc.endsWith('-bo-sung'));
    for (const m of province.text.matchAll(new RegExp(`Tổng kinh phí ((?:Tiểu dự án|Dự án) \\d) năm (\\d{4}) toàn tỉnh: ${MONEY}\\. Kết quả giải ngân: ${MONEY}`, 'g'))) {
      let plan = 0;
      let paid = 0;
      for (const d of districts) {
        const p = new RegExp(`Tổng kinh phí ${m[1]} năm ${m[2]}: ${MONEY}[^\\n]*Kết quả giải ngân: ${MONEY}`).exec(d.text)!;
        plan += dong(p[1], p[2]);
        paid += dong(p[3], p[4]);
      }
      if (plan !== dong(m[3], m[4]) || paid !== dong(m[5], m[6])) add(province.doc, 'aggregate_mismatch', `${folder} ${m[1]}`);
    }
    // each district's line in the province report against the district's own report
    for (const m of province.text.matchAll(new RegExp(`Tổng kinh phí ((?:Tiểu dự án|Dự án) \\d) năm (\\d{4}) toàn tỉnh:[^\\n]+\\n\\n((?:- [^\\n]+\\n?)+)`, 'g'))) {
      for (const line of m[3].matchAll(new RegExp(`^- (?:Huyện|Thành phố) ([^:]+): kinh phí ${MONEY}, giải ngân ${MONEY}`, 'gm'))) {
        const own = districts.find((d) => new RegExp(`^UBND (?:HUYỆN|THÀNH PHỐ) ${line[1].toLocaleUpperCase('vi')}$`, 'm').test(d.text))!;
        const p = new RegExp(`Tổng kinh phí ${m[1]} năm ${m[2]}: ${MONEY}[^\\n]*Kết quả giải ngân: ${MONEY}`).exec(own.text)!;
        if (dong(p[1], p[2]) !== dong(line[2], line[3]) || dong(p[3], p[4]) !== dong(line[4], line[5])) add(province.doc, 'aggregate_mismatch', `${line[1]} ${m[1]}`);
      }
    }
  }
  return out;
}
