import { readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeVni } from '../../extractors/readers/encoding/encode-vni.js';
import { findLostUppercaseWords } from '../../extractors/readers/encoding/tcvn3-uppercase.js';
import { decodeText } from '../../extractors/readers/txt.js';
import { ROOT, encodeWindows1258, fixture, seed002Nfc } from './helpers.js';

/** fixtures/encodings/<name>.<variant>.txt -> the encoding the reader must report. */
const VARIANT_ENCODING: Record<string, string> = {
  nfd: 'utf-8',
  utf16le: 'utf-16le',
  vni: 'vni',
  tcvn3: 'tcvn3',
};

/** TCVN3 cannot hold upper-case toned letters: these words of 002 come out as typed, not as meant. */
const TCVN3_LOST_WORDS: ReadonlyArray<[decoded: string, meant: string]> = [
  ['BAáO', 'BÁO'], ['CAáO', 'CÁO'], ['KÊếT', 'KẾT'], ['QUAả', 'QUẢ'], ['THƯựC', 'THỰC'], ['HIÊệN', 'HIỆN'],
  ['ĐIÊềU', 'ĐIỀU'], ['CHIỉNH', 'CHỈNH'], ['VÔốN', 'VỐN'], ['SƯự', 'SỰ'], ['NGHIÊệP', 'NGHIỆP'],
  ['TRIìNH', 'TRÌNH'], ['MUụC', 'MỤC'], ['QUÔốC', 'QUỐC'], ['GIAảM', 'GIẢM'], ['NGHEOò', 'NGHEÒ'],
  ['BÊềN', 'BỀN'], ['VƯữNG', 'VỮNG'], ['GIAáM', 'GIÁM'], ['ĐÔốC', 'ĐỐC'], ['PHOó', 'PHÓ'], ['GIAáM', 'GIÁM'],
  ['ĐÔốC', 'ĐỐC'],
];
const TCVN3_WARNING = 'tcvn3_uppercase_accents_lost: 23 words (e.g. "BAáO", "CAáO", "KÊếT")';

/** Whitespace-separated words that differ, `*` (Markdown bold) stripped. */
function differingWords(actual: string, expected: string): Array<[string, string]> {
  const a = actual.split(/(\s+)/);
  const e = expected.split(/(\s+)/);
  expect(a.length).toBe(e.length);
  const strip = (w: string): string => w.replaceAll('*', '');
  return a.flatMap((w, i) => (w === e[i] ? [] : [[strip(w), strip(e[i])] as [string, string]]));
}

describe('fixtures/encodings decode to the 002 seed', () => {
  const expected = seed002Nfc();
  const files = readdirSync(ROOT + 'fixtures/encodings').sort();

  it('covers every file of the folder', () => {
    expect(files.length).toBe(4);
  });

  it.each(files)('%s', (file) => {
    const variant = file.split('.').at(-2)!;
    expect(VARIANT_ENCODING[variant], `no expectation for variant "${variant}"`).toBeDefined();
    const decoded = decodeText(fixture(`fixtures/encodings/${file}`));
    expect(decoded.encoding).toBe(VARIANT_ENCODING[variant]);
    const text = decoded.text.normalize('NFC');
    if (variant === 'tcvn3') {
      expect(decoded.warnings).toEqual([TCVN3_WARNING]);
      expect(differingWords(text, expected)).toEqual(TCVN3_LOST_WORDS);
      expect(findLostUppercaseWords(text)).toEqual(TCVN3_LOST_WORDS.map(([d]) => d));
    } else {
      expect(decoded.warnings).toEqual([]);
      expect(text).toBe(expected);
    }
  });

  it('does not normalise: the NFD file stays NFD (the assembler NFCs)', () => {
    const decoded = decodeText(fixture('fixtures/encodings/002_5400b95413840074.nfd.txt'));
    expect(decoded.text).not.toBe(expected);
    expect(decoded.text).toBe(decoded.text.normalize('NFD'));
  });

  it('keeps byte 0xAD as ư in TCVN3 (never a soft hyphen)', () => {
    const bytes = fixture('fixtures/encodings/002_5400b95413840074.tcvn3.txt');
    expect(bytes.includes(0xad)).toBe(true);
    expect(decodeText(bytes).text).toContain('Thương binh');
  });
});

describe('encodings made in the test from the 002 text', () => {
  const text = seed002Nfc();
  const cases: Array<[name: string, bytes: Uint8Array, encoding: string]> = [
    ['Windows-1258', encodeWindows1258(text), 'windows-1258'],
    ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, ...iconv.encode(text, 'utf16-be')]), 'utf-16be'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...iconv.encode(text, 'utf16-le')]), 'utf-16le'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]), 'utf-8-bom'],
    ['UTF-16LE without BOM', new Uint8Array(iconv.encode(text, 'utf16-le')), 'utf-16le'],
  ];
  it.each(cases)('%s decodes back exactly', (_name, bytes: Uint8Array, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.normalize('NFC')).toBe(text);
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });

  it('the Windows-1258 bytes really are cp1258 (combining tones, no `?`)', () => {
    const bytes = encodeWindows1258(text);
    expect(bytes.includes(0x3f)).toBe(false);
    expect(bytes.includes(0xec)).toBe(true); // combining acute
  });

  it('says when UTF-16 had no BOM', () => {
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf16-le'))).warnings).toEqual(['utf16_without_bom: utf-16le']);
  });
});

/** Sentences not taken from any fixture. */
const OWN_TEXT = [
  'Hôm nay trời nắng đẹp, các em học sinh được nghỉ học và cùng nhau về thăm quê ngoại ở miền Tây.',
  'Người dân trong xã đã góp sức xây dựng cây cầu mới bắc qua con suối nhỏ, dài 45 mét.',
  'Ủy ban nhân dân huyện đề nghị các phòng, ban khẩn trương rà soát, tổng hợp số liệu trước ngày 15/7.',
  'Thời tiết cuối tuần sẽ chuyển lạnh, bà con cần chú ý giữ ấm cho trẻ nhỏ và người già.',
].join('\n');

describe('texts the detector has not seen', () => {
  const lowerFirst = OWN_TEXT.replace('Ủy ban', 'Uỷ ban'); // TCVN3 cannot write Ủ; the typists wrote lower-case
  const cases: Array<[name: string, bytes: Uint8Array, encoding: string, expected: string]> = [
    ['VNI', encodeVni(OWN_TEXT), 'vni', OWN_TEXT],
    ['TCVN3', new Uint8Array(iconv.encode(lowerFirst, 'tcvn')), 'tcvn3', lowerFirst],
    ['Windows-1258', encodeWindows1258(OWN_TEXT), 'windows-1258', OWN_TEXT],
  ];
  it.each(cases)('%s is detected and decoded', (_name, bytes, encoding, expected) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.normalize('NFC')).toBe(expected);
  });

  it('an all-capitals TCVN3 title is recognised by its typed upper case (BA¸O)', () => {
    // What a .VnTime typist does for Á: the upper-case base letter, then the lower-case accented one.
    const typed = 'BAáO CAáO KÊếT QUAả THƯựC HIÊệN NĂM 2023';
    const bytes = new Uint8Array(iconv.encode(typed, 'tcvn'));
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x42, 0x41, 0xb8, 0x4f]); // B A ¸ O
    expect(decodeText(bytes)).toEqual({
      text: typed,
      encoding: 'tcvn3',
      warnings: [
        'encoding_uncertain: tcvn3 (14% of words are Vietnamese syllables)',
        'tcvn3_uppercase_accents_lost: 6 words (e.g. "BAáO", "CAáO", "KÊếT")',
      ],
    });
  });

  it('VNI marker words decode as documented', () => {
    const bytes = Uint8Array.from(Buffer.from('Vieät Nam naêm ñoàng QÑ ngöôøi ñöôïc', 'latin1'));
    expect(decodeText(bytes)).toEqual({ text: 'Việt Nam năm đồng QĐ người được', encoding: 'vni', warnings: [] });
  });

  it('TCVN3 marker words decode as documented', () => {
    const bytes = Uint8Array.from(Buffer.from('ViÖt Nam n¨m ®ång Q§ ng\u00adêi ®\u00adîc', 'latin1'));
    expect(decodeText(bytes)).toEqual({ text: 'Việt Nam năm đồng QĐ người được', encoding: 'tcvn3', warnings: [] });
  });

  it('TCVN3 bytes 0x80-0x9F: Windows punctuation unless they make a syllable, VN1 upper case otherwise', () => {
    const bytes = Uint8Array.from([
      ...iconv.encode('Ông nói: ', 'tcvn'), 0x93, ...iconv.encode('xin chào các bạn', 'tcvn'), 0x94, 0x20, 0x96, 0x20,
      ...iconv.encode('BẠN BÁO CÁO hết', 'tcvn'), 0x85, 0x20, ...iconv.encode('Ở Á Ý', 'tcvn'),
    ]);
    expect(Array.from(bytes.subarray(-5))).toEqual([0x99, 0x20, 0x83, 0x20, 0x16]); // VN1: Ở Á Ý
    expect(bytes.includes(0x84)).toBe(true); // VN1 Ạ, also Windows „
    expect(decodeText(bytes).text).toBe('Ông nói: “xin chào các bạn” – BẠN BÁO CÁO hết… Ở Á Ý');
  });
});

describe('mixed, broken and legacy-in-Unicode texts', () => {
  it('UTF-8 lines next to TCVN3 lines: both decoded, mixed_encodings', () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('Dòng này là UTF-8 chuẩn của báo cáo.\n'),
      ...iconv.encode('Dòng này được gõ bằng phông chữ cũ của tỉnh.\n', 'tcvn'),
      ...Buffer.from('Thêm một dòng UTF-8 nữa.\n'),
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Dòng này là UTF-8 chuẩn của báo cáo.\nDòng này được gõ bằng phông chữ cũ của tỉnh.\nThêm một dòng UTF-8 nữa.\n',
      encoding: 'utf-8',
      warnings: ['mixed_encodings: 1 lines tcvn3, 2 lines utf-8'],
    });
  });

  it('invalid UTF-8 sequences in a UTF-8 file become U+FFFD, one per maximal invalid subpart', () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('Tổng nguồn vốn '), 0xff, ...Buffer.from('năm 2023 là '), 0xc3, ...Buffer.from('1.571,6 triệu '),
      0xe1, 0xbb, ...Buffer.from(' đồng.\nĐảm bảo giải ngân vốn trong năm 2023.\n'),
    ]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({
      text: 'Tổng nguồn vốn \uFFFDnăm 2023 là \uFFFD1.571,6 triệu \uFFFD đồng.\nĐảm bảo giải ngân vốn trong năm 2023.\n',
      encoding: 'utf-8',
      warnings: ['invalid_utf8: 3 sequences'],
    });
    expect(decoded.text).toBe(new TextDecoder().decode(bytes));
  });

  it('stray NUL bytes are removed and counted', () => {
    const good = Buffer.from(seed002Nfc());
    const bytes = Uint8Array.from([...good.subarray(0, 50), 0, 0, ...good.subarray(50, 200), 0, ...good.subarray(200)]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(seed002Nfc());
    expect(decoded.warnings).toEqual(['nul_bytes_removed: 3']);
  });

  it.each([
    ['tcvn3', (t: string) => iconv.decode(iconv.encode(t, 'tcvn'), 'cp1252')],
    ['vni', (t: string) => iconv.decode(Buffer.from(encodeVni(t)), 'cp1252')],
  ])('%s font text saved as UTF-8 characters is converted', (name, wrap) => {
    const wrapped = wrap(OWN_TEXT);
    expect(wrapped).not.toBe(OWN_TEXT);
    const decoded = decodeText(new Uint8Array(Buffer.from(wrapped)));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.normalize('NFC')).toBe(OWN_TEXT);
    expect(decoded.warnings).toEqual([`legacy_font_text: 4 lines of ${name} characters stored as Unicode, converted`]);
  });

  it.each([
    'Nhiệt độ 25°C ± 2°C, diện tích 8.310,09 km² «theo báo cáo» © 2023\n',
    'Căn cứ Nghị định số 30/2020/NÐ-CP\nTheo NÐ-CP\nNÐ-CP và NÐ-CP, QÐ-TTg\n',
    'Lê Hải Yến và Ngô Bảo Châu\nCafé là gì?\nnăm ¼ ½ ¾ ×÷\n',
  ])('leaves real Unicode with a few Latin-1 symbols alone: %j', (text) => {
    expect(decodeText(new Uint8Array(Buffer.from(text)))).toEqual({ text, encoding: 'utf-8', warnings: [] });
  });
});

describe('unreadable inputs', () => {
  /** Deterministic noise (a linear congruential generator). */
  function noise(length: number, seed: number): Uint8Array {
    let s = seed;
    return Uint8Array.from({ length }, () => (s = (s * 1103515245 + 12345) & 0x7fffffff) >> 23);
  }

  it.each([
    { name: 'binary noise', bytes: noise(4096, 42), code: 'binary_text' },
    { name: 'a NUL-heavy blob', bytes: Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0 : 0x41)), code: 'binary_text' },
    { name: '0 bytes', bytes: new Uint8Array(0), code: 'empty_file' },
    { name: 'only white space', bytes: new Uint8Array(Buffer.from(' \n\t\r\n  \u00a0')), code: 'no_text' },
    { name: 'only a BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf]), code: 'no_text' },
  ])('$name throws $code', ({ bytes, code }) => {
    expect(() => decodeText(bytes)).toThrow(expect.objectContaining({ name: 'DoisoatError', code }));
  });
});
