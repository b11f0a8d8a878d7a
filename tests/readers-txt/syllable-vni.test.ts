import { describe, expect, it } from 'vitest';
import { decodeVni } from '../../extractors/readers/encoding/decode-vni.js';
import { encodeVni } from '../../extractors/readers/encoding/encode-vni.js';
import { scoreVietnamese } from '../../extractors/readers/encoding/score.js';
import { isVietnameseSyllable } from '../../extractors/readers/encoding/syllable.js';
import { findLostUppercaseWords } from '../../extractors/readers/encoding/tcvn3-uppercase.js';
import { scanUtf8 } from '../../extractors/readers/encoding/utf8-scan.js';

describe('isVietnameseSyllable', () => {
  it.each([
    'việt', 'nghiêng', 'người', 'được', 'quốc', 'giữa', 'khuya', 'thuở', 'hoà', 'hòa', 'thuỷ', 'thủy', 'Uỷ', 'ỦY',
    'BÁO', 'tuyển', 'yêu', 'oai', 'à', 'ở', 'đồng', 'năm', 'QUẢ',
  ])('%s is a syllable', (word) => expect(isVietnameseSyllable(word)).toBe(true));

  it.each([
    'ViÖt', 'Vieät', 'naêm', 'n¨m', 'BAáO', 'KÊếT', 'NGHEOò', 'quá»‘c', 'STTTT', 'QĐ', 'café', 'việtt',
    'hoàà', // two tones
    'hàt', // a syllable closed by t takes only the acute or dot tone
    'nghiêngg',
  ])('%s is not', (word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('scoreVietnamese', () => {
  it('counts only words with a non-ASCII character, cut at ASCII spaces, punctuation and digits', () => {
    expect(scoreVietnamese('Sở Thông tin và Truyền thông, 1.551 triệu đồng; ViÖt n¨m STTTT')).toEqual({ words: 9, valid: 7 });
  });
});

describe('VNI', () => {
  it.each([
    ['Vieät', 'Việt'], ['naêm', 'năm'], ['ñoàng', 'đồng'], ['ngöôøi', 'người'], ['ñöôïc', 'được'], ['QÑ', 'QĐ'],
    ['Kính', 'Kính'], ['trình', 'trình'], ['Uyû', 'Uỷ'], ['Î', 'Ỵ'], ['kyø', 'kỳ'], ['BAÙO CAÙO', 'BÁO CÁO'],
    ['ÑIEÀU CHÆNH', 'ĐIỀU CHỈNH'], ['THÖÏC HIEÄN', 'THỰC HIỆN'], ['aêê', 'ăê'], ['café', 'café'],
  ])('%s -> %s', (vni, unicode) => {
    expect(decodeVni(Uint8Array.from(Buffer.from(vni, 'latin1')))).toBe(unicode);
  });

  it('round-trips every Vietnamese letter, both cases, all tones', () => {
    const letters = Array.from('aăâeêioôơuưy').flatMap((v) =>
      ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'].map((t) => (v + t).normalize('NFC')),
    );
    const all = [...letters, ...letters.map((l) => l.toUpperCase()), 'đ', 'Đ'].join(' ');
    expect(all.length).toBe(2 * 12 * 6 * 2 + 3);
    expect(decodeVni(encodeVni(all))).toBe(all);
  });
});

describe('TCVN3 lost upper case', () => {
  it.each([
    ['BAáO CAáO', ['BAáO', 'CAáO']],
    ['THƯựC HIÊệN và NGHEOò', ['THƯựC', 'HIÊệN', 'NGHEOò']],
    ['BÁO CÁO Việt Nam ÂM', []],
    ['Aá', ['Aá']],
  ])('%s', (text, words) => expect(findLostUppercaseWords(text)).toEqual(words));
});

describe('scanUtf8 counts like TextDecoder', () => {
  const cases: number[][] = [
    [0x41, 0xff, 0x42],
    [0xc3, 0x41],
    [0xe1, 0xbb, 0x41],
    [0xe1, 0xbb],
    [0xed, 0xa0, 0x80], // surrogate: three errors
    [0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f],
    [0xc0, 0xaf, 0xe0, 0x80, 0xaf],
  ];
  it.each(cases)('%j', (...bytes) => {
    const array = Uint8Array.from(bytes);
    const replacements = new TextDecoder().decode(array).split('\uFFFD').length - 1;
    expect(scanUtf8(array).invalid).toBe(replacements);
  });
});
