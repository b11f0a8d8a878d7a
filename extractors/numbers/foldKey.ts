/** Fold Vietnamese text to an ASCII key for matching (`Dự kiến` → `du_kien`); never for display. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/gu, '_');
}
