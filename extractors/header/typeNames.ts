/** Type names of administrative documents and their codes (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
export const TYPE_NAME_TO_CODE: ReadonlyArray<readonly [string, string]> = [
  ['NGHỊ QUYẾT', 'NQ'], ['QUYẾT ĐỊNH', 'QĐ'], ['CHỈ THỊ', 'CT'], ['QUY CHẾ', 'QC'], ['QUY ĐỊNH', 'QyĐ'],
  ['THÔNG CÁO', 'TC'], ['THÔNG BÁO', 'TB'], ['HƯỚNG DẪN', 'HD'], ['CHƯƠNG TRÌNH', 'CTr'], ['KẾ HOẠCH', 'KH'],
  ['PHƯƠNG ÁN', 'PA'], ['ĐỀ ÁN', 'ĐA'], ['DỰ ÁN', 'DA'], ['BÁO CÁO', 'BC'], ['BIÊN BẢN', 'BB'], ['TỜ TRÌNH', 'TTr'],
  ['HỢP ĐỒNG', 'HĐ'], ['CÔNG ĐIỆN', 'CĐ'], ['BẢN GHI NHỚ', 'BGN'], ['BẢN THỎA THUẬN', 'BTT'], ['BẢN THOẢ THUẬN', 'BTT'],
  ['GIẤY ỦY QUYỀN', 'GUQ'], ['GIẤY UỶ QUYỀN', 'GUQ'], ['GIẤY MỜI', 'GM'], ['GIẤY GIỚI THIỆU', 'GGT'], ['GIẤY NGHỈ PHÉP', 'GNP'],
  ['PHIẾU GỬI', 'PG'], ['PHIẾU CHUYỂN', 'PC'], ['PHIẾU BÁO', 'PB'], ['CÔNG VĂN', ''],
];

/** The type code of a type line (`BÁO CÁO ĐÁNH GIÁ` → `BC`), or null. */
export function typeCodeOfName(line: string): string | null {
  const up = line.normalize('NFC').toUpperCase().trim();
  let best: readonly [string, string] | null = null;
  for (const pair of TYPE_NAME_TO_CODE) {
    if (up.startsWith(pair[0]) && (!best || pair[0].length > best[0].length)) best = pair;
  }
  return best ? best[1] || null : null;
}

export function isTypeLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && t === t.toUpperCase() && typeCodeOfName(t) !== null;
}
