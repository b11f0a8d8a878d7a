import type { Measure } from './labels.js';

/**
 * Measures that name the same kind of figure in different words. Reports call one allocation `kế hoạch vốn`,
 * `được bố trí`, `phân bổ`, `giao` or just `kinh phí` (000 says `bố trí` where 002 says `phân bổ` for the same
 * 6.595 triệu đồng), so comparisons across reports and percentage bases go by class.
 */
export type MeasureClass = 'allocated' | 'spent' | 'requested' | 'mobilised' | 'unknown';

const CLASS_OF: Record<Measure, MeasureClass> = {
  ke_hoach: 'allocated', bo_tri: 'allocated', phan_bo: 'allocated', giao: 'allocated', kinh_phi: 'allocated',
  giai_ngan: 'spent', thuc_hien: 'spent', nhu_cau: 'requested', huy_dong: 'mobilised', unknown: 'unknown',
};

export function measureClass(m: string): MeasureClass {
  return CLASS_OF[m as Measure] ?? 'unknown';
}
