/** Signers' names and titles (`KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`), drawn from common Vietnamese name parts. */
import type { Rng } from './prng.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Hà', 'Lương', 'Nông', 'Hoàng', 'Lộc', 'Mông', 'Đinh', 'Vũ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Thanh', 'Quốc', 'Hải', 'Ngọc', 'Xuân'];
const GIVEN = ['Hùng', 'Lan', 'Tuấn', 'Hương', 'Dũng', 'Yến', 'Thắng', 'Hoa', 'Cường', 'Hạnh', 'Long', 'Thủy', 'Sơn', 'Bình', 'Quang', 'Nga'];

export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** The signature titles of a People's Committee. */
export function committeeSignerLines(rng: Rng): string[] {
  return rng.chance(0.7)
    ? ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
    : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
}
