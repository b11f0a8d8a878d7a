/**
 * fast-check generators of Vietnamese-like report text: real sentences of the seeds and legal texts mixed
 * with amounts in Vietnamese notation (`1.234,5 triệu đồng`), units, dates (valid and impossible), document
 * symbols (with look-alike letters and odd dashes), and noise (combining marks, NBSP, zero-width, bidi
 * controls, lone surrogates, any code point).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PUBLIC_VN, SEEDS } from './helpers.js';

/** Sentences (10–300 characters) of the four seeds and the first legal texts. */
function loadSentences(): string[] {
  const files = [
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)),
    ...readdirSync(PUBLIC_VN).filter((f) => f.endsWith('.txt')).sort().slice(0, 30).map((f) => join(PUBLIC_VN, f)),
  ];
  const out = new Set<string>();
  for (const f of files) {
    for (const s of readFileSync(f, 'utf8').split(/(?<=[.;:])\s+|\n+/u)) {
      const t = s.trim();
      if (t.length >= 10 && t.length <= 300) out.add(t);
    }
  }
  return [...out];
}

export const SENTENCES = loadSentences();

/** `digits` printed with `decimals` decimals, thousands grouped by `.` (or not), decimal comma. */
export function printVn(digits: bigint, decimals: number, grouped = true): string {
  const s = digits.toString().padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  const intPrinted = grouped ? int.replace(/\B(?=(\d{3})+$)/gu, '.') : int;
  return decimals > 0 ? `${intPrinted},${frac}` : intPrinted;
}

export const vnNumber = fc
  .tuple(fc.oneof(fc.bigInt({ min: 0n, max: 9_999n }), fc.bigInt({ min: 0n, max: 10n ** 14n })), fc.integer({ min: 0, max: 3 }), fc.boolean())
  .map(([n, d, g]) => printVn(n, d, g));

const oddNumber = fc.oneof(
  fc.constantFrom('1,234,567', '30,420,000', '1.234.5', '12.5', '96.5', '0,05', '0.25', '1.2.3', '007', '1,5,5', '102,924,5', '20.548,57,00', '01', '00', '9'.repeat(30)),
  fc.stringMatching(/^[0-9][0-9.,]{0,14}$/u),
);

const UNITS = [
  'đồng', 'triệu đồng', 'tỷ đồng', 'tỉ đồng', 'nghìn đồng', 'ngàn đồng', 'trăm triệu đồng', 'nghìn tỷ đồng', 'VNĐ', 'VND', 'đ', 'triệu', 'tỷ',
  'trđ', 'tr.đồng', 'triệu đồng/người/năm', 'đồng/tháng', '%', 'người', 'hộ', 'hộ nghèo', 'km', 'ha', 'tiêu chí', 'lượt người', 'xã',
  'lần', 'tấn', 'học sinh', 'lớp', 'cụm loa',
];
const QUALIFIERS = ['', 'khoảng ', 'trên ', 'hơn ', 'gần ', 'dưới ', 'từ ', 'đến ', 'dự kiến ', 'tối đa ', 'tổng kinh phí ', 'với số tiền ', 'Bằng chữ: '];
const SPACE = fc.constantFrom(' ', ' ', '\u00a0', '', '  ', '\u202f');

export const amountLike = fc
  .tuple(fc.constantFrom(...QUALIFIERS), fc.oneof({ arbitrary: vnNumber, weight: 4 }, { arbitrary: oddNumber, weight: 1 }), SPACE, fc.constantFrom(...UNITS))
  .map(([q, n, s, u]) => `${q}${n}${s}${u}`);

const WORD_AMOUNTS = [
  '(Bằng chữ: Một tỷ, năm trăm bảy mươi mốt triệu, sáu trăm nghìn đồng)', 'Bằng chữ: Hai mươi triệu sáu trăm nghìn đồng chẵn',
  '(Bằng chữ: Bảy trăm triệu đồng)', 'bằng chữ: mười lăm tỷ đồng', 'Bằng chữ: Không đồng',
];
const compositeLike = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }))
  .map(([a, b, c]) => `${a} tỷ ${b} triệu ${c} nghìn đồng`);

const percentLike = fc
  .tuple(fc.constantFrom('', 'đạt ', 'tăng ', 'giảm ', 'chiếm '), vnNumber, fc.constantFrom('%', ' %', '\u00a0%', ' phần trăm'))
  .map(([w, n, p]) => `${w}${n}${p}`);

const rangeLike = fc
  .tuple(vnNumber, fc.constantFrom(' - ', '-', ' đến ', '–', ' – '), vnNumber, fc.constantFrom(...UNITS))
  .map(([a, sep, b, u]) => `từ ${a}${sep}${b} ${u}`);

const year = fc.oneof(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }));
const day = fc.integer({ min: 0, max: 35 });
const month = fc.integer({ min: 0, max: 14 });
const pad = (n: number) => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export const dateLike = fc.oneof(
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d}/${m}/${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${pad(d)}/${pad(m)}/${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}-${m}-${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.tuple(month, year).map(([m, y]) => `tháng ${m}/${y}`),
  fc.tuple(month, year).map(([m, y]) => `tháng ${m} năm ${y}`),
  fc.tuple(fc.constantFrom(...ROMAN), year).map(([q, y]) => `quý ${q} năm ${y}`),
  fc.tuple(fc.constantFrom('6 tháng đầu năm', '6 tháng cuối năm', 'năm', 'cuối năm', 'đầu năm'), year).map(([p, y]) => `${p} ${y}`),
  fc.tuple(year, fc.constantFrom(' - ', '-', '–', ' đến '), year).map(([a, s, b]) => `giai đoạn ${a}${s}${b}`),
);

const LOOK_ALIKES: Record<string, string[]> = { Đ: ['\u00d0', 'D'], C: ['\u0421', '\u03f9'], P: ['\u0420', '\u03a1'], H: ['\u041d', '\u0397'], O: ['\u041e', '\u039f'], T: ['\u0422'], K: ['\u041a'], B: ['\u0412'] };
const TYPE_NAMES = ['Nghị định số', 'Quyết định số', 'Công văn số', 'Kế hoạch số', 'Thông tư số', 'Nghị quyết số', 'Báo cáo số', 'Tờ trình số', 'số', ''];
const CODES = ['NĐ-CP', 'QĐ-UBND', 'KH-UBND', 'TT-BTTTT', 'NQ-HĐND', 'BC-STTTT', 'TTr-SKHĐT', 'SLĐTBXH-BTXHTE', 'UBND-KT', 'QH15', 'TTLT-BTC-BNV', 'CT-TTg', 'HD-SLĐTBXH'];

/** A code with some letters swapped for look-alikes, and its dash made odd. */
const oddCode = fc.tuple(fc.constantFrom(...CODES), fc.array(fc.nat(), { maxLength: 3 }), fc.constantFrom('-', '–', '—', '‑', ' - ', '/', '')).map(([code, picks, dash]) => {
  const chars = [...code.replace('-', dash)];
  for (const p of picks) {
    const i = p % chars.length;
    const alts = LOOK_ALIKES[chars[i]];
    if (alts) chars[i] = alts[p % alts.length];
  }
  return chars.join('');
});

export const symbolLike = fc
  .tuple(fc.constantFrom(...TYPE_NAMES), fc.integer({ min: 0, max: 99999 }), fc.option(year, { nil: null }), fc.oneof(fc.constantFrom(...CODES), oddCode), fc.option(dateLike, { nil: null }))
  .map(([t, n, y, c, d]) => `${t}${t ? ' ' : ''}${n}/${y === null ? '' : `${y}/`}${c}${d ? ' ' + d : ''}`);

const NOISE_CHARS = [
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302\u0301', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\t', '\n', '\n\n', '\r\n', '|', '**', '*', '_', '•', '¹', '²', '³', '…', '“', '”', '"', '(', ')', ';', ':', '/', '-', '–', '—', '.', ',',
  '\ud800', '\udc00', '\u0000', '\u0007', '\ufffd', '😀', 'Ð', 'С', 'Ν',
];

export const noise = fc.oneof(
  { arbitrary: fc.constantFrom(...NOISE_CHARS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
);

/** `s` with noise inserted at a few places. */
function infected(arb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(arb, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 })).map(([s, ins]) => {
    let out = s;
    for (const [at, n] of ins) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + n + out.slice(i);
    }
    return out;
  });
}

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...SENTENCES), weight: 5 },
  { arbitrary: amountLike, weight: 4 },
  { arbitrary: rangeLike, weight: 1 },
  { arbitrary: percentLike, weight: 1 },
  { arbitrary: fc.oneof(fc.constantFrom(...WORD_AMOUNTS), compositeLike), weight: 1 },
  { arbitrary: dateLike, weight: 3 },
  { arbitrary: symbolLike, weight: 3 },
  { arbitrary: vnNumber, weight: 1 },
  { arbitrary: noise, weight: 2 },
  { arbitrary: infected(fc.oneof(amountLike, dateLike, symbolLike, fc.constantFrom(...SENTENCES))), weight: 3 },
);

const separator = fc.constantFrom(' ', ' ', ', ', '. ', '\n', '\n\n', '; ', '', '\u00a0', ' - ', ': ');

/** Report-like text, NFC as the extractors receive it. */
export const reportText = fc
  .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.map(([p, s]) => p + s).join('').normalize('NFC'));
