/**
 * Issuer codes seen in symbols (domain.md §2): the Government and its leaders, the National Assembly,
 * ministries, provincial bodies and departments, party bodies. Used to split a glued normative symbol
 * (`NĐCP` → `NĐ` + `CP`, `TTBTC` → `TT` + `BTC`) and to tell symbol shapes apart.
 */
export const ISSUER_CODES: ReadonlySet<string> = new Set([
  // Government, National Assembly, courts
  'CP', 'TTg', 'VPCP', 'QH', 'UBTVQH', 'HĐTP', 'TANDTC', 'VKSNDTC', 'KTNN', 'HĐBT',
  // ministries
  'BTC', 'BGDĐT', 'BXD', 'BCA', 'NHNN', 'BQP', 'BYT', 'BTP', 'BCT', 'BKHCN', 'BGTVT', 'BNV', 'BTNMT',
  'BNNPTNT', 'BNNMT', 'BTTTT', 'BVHTTDL', 'BKHĐT', 'BNG', 'BLĐTBXH', 'UBDT', 'TTCP',
  // provinces and departments
  'UBND', 'HĐND', 'STTTT', 'SLĐTBXH', 'SKHĐT', 'STC', 'SNV', 'SXD', 'SYT', 'SGDĐT', 'STP', 'SCT', 'SNNMT',
  'SNNPTNT', 'STNMT', 'SVHTTDL', 'SKHCN', 'SGTVT', 'BDT', 'CT', 'TCT', 'BHXH',
  // party
  'TW', 'TU', 'HU', 'ĐU', 'VPTW', 'BCĐTW', 'BTGTW', 'BTCTW', 'UBKTTW',
]);

/** Whether a code group names an issuer: listed, or a legislature with its term (`QH15`, `UBTVQH14`). */
export function isIssuerCode(group: string): boolean {
  return ISSUER_CODES.has(group) || /^(?:QH|UBTVQH)\d{1,2}$/u.test(group);
}
