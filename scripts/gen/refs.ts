/**
 * The documents reports cite: national texts (real numbers), the province's yearly plan, the ministry's
 * yearly guidance and the department's request for each period (shared by many reports), and each
 * report's own plan and letter (cited once). `citeRef` prints one citation in the running-text form of
 * domain.md §2: `Công văn số 1532/SLĐTBXH-BTXHTE ngày 02/8/2023 của Sở ... về việc ...`.
 */
import { addDays, bodyDate } from './format.js';
import type { DocRef } from './model.js';
import { docNumber, type NumberRegistry } from './numbers.js';
import type { Period } from './periods.js';
import type { Rng } from './prng.js';

const PROGRAM = 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025';

/** Real national texts (number, year in the number, date). */
export const NATIONAL_REFS: readonly DocRef[] = [
  {
    id: 'nq-24-2021', typeName: 'Nghị quyết', number: '24', symbol: '2021/QH15', date: { y: 2021, m: 7, d: 28 },
    issuerPhrase: 'của Quốc hội', about: `phê duyệt chủ trương đầu tư ${PROGRAM}`, shared: true,
  },
  {
    id: 'qd-90-2022', typeName: 'Quyết định', number: '90', symbol: 'QĐ-TTg', date: { y: 2022, m: 1, d: 18 },
    issuerPhrase: 'của Thủ tướng Chính phủ', about: `phê duyệt ${PROGRAM}`, shared: true,
  },
  {
    id: 'tt-06-2022', typeName: 'Thông tư', number: '06', symbol: '2022/TT-BTTTT', date: { y: 2022, m: 6, d: 30 },
    issuerPhrase: 'của Bộ Thông tin và Truyền thông',
    about: 'hướng dẫn thực hiện Dự án Truyền thông và giảm nghèo về thông tin', shared: true,
  },
  {
    id: 'tt-46-2022', typeName: 'Thông tư', number: '46', symbol: '2022/TT-BTC', date: { y: 2022, m: 7, d: 28 },
    issuerPhrase: 'của Bộ Tài chính', about: 'quy định quản lý, sử dụng và quyết toán kinh phí sự nghiệp thực hiện Chương trình', shared: true,
  },
];

export function reserveNational(registry: NumberRegistry): void {
  for (const r of NATIONAL_REFS) registry.reserve(Number(r.number), r.date.y);
}

export interface SharedRefs {
  /** Per year: the province's plan and the ministry's guidance letter. */
  yearly: Map<number, { provincePlan: DocRef; ministryLetter: DocRef }>;
  /** Per period slug: the department's request to the districts, the ministry's request to the province. */
  perPeriod: Map<string, { departmentRequest: DocRef; ministryRequest: DocRef }>;
}

export function makeSharedRefs(years: number[], periods: Period[], registry: NumberRegistry, rng: Rng): SharedRefs {
  const yearly: SharedRefs['yearly'] = new Map();
  for (const y of years) {
    const planDate = { y, m: 1, d: rng.int(3, 28) };
    const letterDate = { y, m: 1, d: rng.int(8, 31) };
    yearly.set(y, {
      provincePlan: {
        id: `kh-tinh-${y}`, typeName: 'Kế hoạch', number: docNumber(registry.next('UBND tỉnh', y, rng)), symbol: 'KH-UBND',
        date: planDate, issuerPhrase: 'của UBND tỉnh', about: `về thực hiện ${PROGRAM} trên địa bàn tỉnh năm ${y}`, shared: true,
      },
      ministryLetter: {
        id: `cv-btttt-${y}`, typeName: 'Công văn', number: docNumber(registry.next('BTTTT', y, rng)), symbol: 'BTTTT-KHTC',
        date: letterDate, issuerPhrase: 'của Bộ Thông tin và Truyền thông',
        about: `về việc hướng dẫn triển khai Dự án 6 thuộc ${PROGRAM} năm ${y}`, shared: true,
      },
    });
  }
  const perPeriod: SharedRefs['perPeriod'] = new Map();
  for (const p of periods) {
    const requestDate = addDays(p.end, -rng.int(6, 20));
    const ministryDate = addDays(p.end, -rng.int(4, 12));
    perPeriod.set(p.slug, {
      departmentRequest: {
        id: `cv-sldtbxh-${p.slug}`, typeName: 'Công văn', number: docNumber(registry.next('SLĐTBXH', requestDate.y, rng)),
        symbol: 'SLĐTBXH-BTXHTE', date: requestDate, issuerPhrase: 'của Sở Lao động - Thương binh và Xã hội',
        about: `về việc báo cáo kết quả thực hiện ${PROGRAM} ${p.label}`, shared: true,
      },
      ministryRequest: {
        id: `cv-bldtbxh-${p.slug}`, typeName: 'Công văn', number: docNumber(registry.next('BLĐTBXH', ministryDate.y, rng)),
        symbol: 'BLĐTBXH-VPQGGN', date: ministryDate, issuerPhrase: 'của Bộ Lao động - Thương binh và Xã hội',
        about: `về việc báo cáo tình hình thực hiện ${PROGRAM} ${p.label}`, shared: true,
      },
    });
  }
  return { yearly, perPeriod };
}

/** An issuer's own plan for the year (dated January–February), cited by each of its reports that year. */
export function makeOwnPlan(issuerKey: string, issuerPhrase: string, year: number, registry: NumberRegistry, rng: Rng): DocRef {
  return {
    id: `own-kh-${issuerKey}-${year}`, typeName: 'Kế hoạch', number: docNumber(registry.next(issuerKey, year, rng)),
    symbol: 'KH-UBND', date: { y: year, m: rng.int(1, 2), d: rng.int(5, 27) }, issuerPhrase,
    about: `về thực hiện ${PROGRAM} năm ${year}`, shared: false,
  };
}

/** A letter of the issuer dated inside the period (before its last month), cited by one report only. */
export function makeOwnLetter(
  issuerKey: string, issuerPhrase: string, unit: string, period: Period, registry: NumberRegistry, rng: Rng,
): DocRef {
  const date = { y: period.year, m: rng.int(period.fromMonth, period.toMonth - 1), d: rng.int(3, 27) };
  return {
    id: `own-cv-${issuerKey}-${period.slug}`, typeName: 'Công văn', number: docNumber(registry.next(issuerKey, period.year, rng)),
    symbol: `UBND-${unit}`, date, issuerPhrase,
    about: 'về việc đôn đốc triển khai các dự án, tiểu dự án thuộc Chương trình', shared: false,
  };
}

/** `Công văn số 1532/SLĐTBXH-BTXHTE ngày 02/8/2023 của Sở Lao động - Thương binh và Xã hội về việc ...`. */
export function citeRef(ref: DocRef): string {
  const date = ref.dateText ?? bodyDate(ref.date);
  return `${ref.typeName} số ${ref.number}/${ref.symbol} ngày ${date} ${ref.issuerPhrase} ${ref.about}`;
}

export function cloneRef(ref: DocRef): DocRef {
  return { ...ref, date: { ...ref.date } };
}
