import { describe, it } from 'vitest';
import { expectRefs, type RefCase } from './helpers.js';

const INHERITED = { type_name_stated: false };

const CASES: RefCase[] = [
  ['{{Kế hoạch số [[220/KH-UBND]] ngày 19/10/2022 về việc A}}; {{số [[222/KH-UBND]] ngày 24/10/2022}}', [
    { ref_type_name: 'Kế hoạch', type_name_stated: true, issued_on: '2022-10-19' },
    { ref_type_name: 'Kế hoạch', ...INHERITED, issued_on: '2022-10-24' },
  ]],
  ['{{Công văn số: [[172/STTTT-TTBCXB]] ngày 01/02/2023 về việc A năm 2023}}; {{[[774/STTTT-TTBCXB]] ngày 14/4/2023}}', [
    { ref_type_name: 'Công văn', type_name_stated: true },
    { ref_type_name: 'Công văn', ...INHERITED, issued_on: '2023-04-14' },
  ]],
  ['Kế hoạch số [[220/KH-UBND]] và số [[222/KH-UBND]]', [{ ref_type_name: 'Kế hoạch' }, { ref_type_name: 'Kế hoạch', ...INHERITED }]],
  ['Quyết định số [[1/QĐ-UBND]], số [[2/QĐ-UBND]], số [[3/QĐ-UBND]]', [{ ref_type_name: 'Quyết định' }, { ref_type_name: 'Quyết định', ...INHERITED }, { ref_type_name: 'Quyết định', ...INHERITED }]],
];

/** The name is not carried over: another code, another paragraph, no list separator, no name to carry. */
const NOT_INHERITED: RefCase[] = [
  ['Kế hoạch số [[220/KH-UBND]]; số [[12/QĐ-UBND]]', [{ ref_type_name: 'Kế hoạch' }, { ref_type_name: null, type_name_stated: false, type_code: 'QĐ' }]],
  ['Kế hoạch số [[220/KH-UBND]]; [[12/UBND-VX]]', [{ ref_type_name: 'Kế hoạch' }, { ref_type_name: null }]],
  ['Kế hoạch số [[220/KH-UBND]].\nsố [[222/KH-UBND]]', [{ ref_type_name: 'Kế hoạch' }, { ref_type_name: null }]],
  ['Kế hoạch số [[220/KH-UBND]] theo [[06/2022/TT-BTTTT]]', [{ ref_type_name: 'Kế hoạch' }, { ref_type_name: null }]],
  ['căn cứ [[06/2022/TT-BTTTT]]; [[07/2022/TT-BTTTT]]', [{ ref_type_name: null }, { ref_type_name: null }]],
];

describe('ListContinuationRefiner', () => {
  it.each(CASES)('%s', (s, e) => void expectRefs([s, e]));
  it.each(NOT_INHERITED)('no inheritance: %s', (s, e) => void expectRefs([s, e]));
});
