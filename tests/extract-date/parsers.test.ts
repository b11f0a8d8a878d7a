import { describe, it } from 'vitest';
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../../extractors/types.js';
import { DayDottedParser } from '../../extractors/date/DayDottedParser.js';
import { DayNumericParser } from '../../extractors/date/DayNumericParser.js';
import { DaySpelledParser } from '../../extractors/date/DaySpelledParser.js';
import { HalfYearParser } from '../../extractors/date/HalfYearParser.js';
import { MonthParser } from '../../extractors/date/MonthParser.js';
import { QuarterParser } from '../../extractors/date/QuarterParser.js';
import { YearParser } from '../../extractors/date/YearParser.js';
import { YearRangeParser } from '../../extractors/date/YearRangeParser.js';
import { day, expectParser, halfYear, month, quarter, range, year, type DateCase } from './helpers.js';

/** Per parser: positive cases (marked spans and values) and text where that parser finds nothing. */
const TABLE: [Extractor<DateEntity>, DateCase[], string[]][] = [
  [DaySpelledParser, [
    ['Lạng Sơn, [[ngày 30 tháng 6 năm 2023]]', [day('2023-06-30')]],
    ['Phong Thổ, [[ngày 14 tháng 10 năm 2020]]', [day('2020-10-14')]],
    ['[[NGÀY 05 THÁNG 01 NĂM 2020]]', [day('2020-01-05')]],
    ['[[ngày 14 tháng 10, năm 2020]]', [day('2020-10-14')]],
    ['| [[26 tháng 2 năm 2008]] |', [day('2008-02-26')]],
    ['*Gia Lai, [[ngày 20\ntháng 11 năm 2025]]*', [day('2025-11-20')]],
    ['[[ngày 31 tháng 02 năm 2023]]', [day('2023-02-31', false)]],
    ['[[ngày 29 tháng 2 năm 2024]] và [[ngày 29 tháng 2 năm 2023]]', [day('2024-02-29'), day('2023-02-29', false)]],
  ], ['Lạng Sơn, ngày tháng 8 năm 2023', 'ngày 14 tháng 10', 'ngày 14 tháng 10 năm 20201', 'ngày 20\n\ntháng 11 năm 2025']],
  [DayNumericParser, [
    ['ngày [[02/8/2023]] của Sở', [day('2023-08-02')]],
    ['đến thời điểm [[31/12/2019]] là', [day('2019-12-31')]],
    ['ngày [[31/02/2023]]', [day('2023-02-31', false)]],
    ['ngày [[32/1/2023]]', [day('2023-01-32', false)]],
    ['ngày [[15/13/2023]]', [day('2023-13-15', false)]],
    ['ngày [[21/4/2023]]² Sở', [day('2023-04-21')]],
  ], ['06/2022/TT-BTTTT', '09/19 tiêu chí', '46/128 thôn/bản', '1,2/3/2023', 'mã 102/12/2023', '12/5/20234']],
  [DayDottedParser, [
    ['ngày [[02.8.2023]]', [day('2023-08-02')]],
    ['Ngày [[02-8-2023]]', [day('2023-08-02')]],
  ], ['02.8.2023', 'tỷ lệ 8.2', '6.616.000.000 đồng', 'ngày 02.8-2023', 'mã số 02-8-2023']],
  [MonthParser, [
    ['ngày [[tháng 8 năm 2023]]', [month('2023-08')]],
    ['trong [[tháng 7/2023]].', [month('2023-07')]],
    ['[[Tháng 11 năm 2023]]', [month('2023-11')]],
    ['[[THÁNG 9-2023]]', [month('2023-09')]],
    ['[[tháng 13/2023]]', [month('2023-13', false)]],
  ], ['tháng 7', '6 tháng', 'tháng 7 đến tháng 9', 'tháng 7/20231']],
  [QuarterParser, [
    ['trong [[Quý 3/2023]].', [quarter('2023-Q3')]],
    ['[[quý III/2023]]', [quarter('2023-Q3')]],
    ['[[Quý I năm 2024]]', [quarter('2024-Q1')]],
    ['[[QUÝ IV/2023]]', [quarter('2023-Q4')]],
    ['[[quý 5/2023]]', [quarter('2023-Q5', false)]],
  ], ['Quý 3', 'quý khách 2023', 'Quý V/2023']],
  [HalfYearParser, [
    ['cấp huyện [[6 tháng đầu năm 2023]] còn', [halfYear('2023-H1')]],
    ['[[6 tháng cuối năm 2023]]', [halfYear('2023-H2')]],
    ['[[06 tháng đầu năm 2025]]', [halfYear('2025-H1')]],
    ['[[Sáu tháng đầu năm 2024]]', [halfYear('2024-H1')]],
  ], ['Trong 6 tháng đầu năm đã chấp thuận', '16 tháng đầu năm 2023', '6 tháng năm 2023']],
  [YearParser, [
    ['bền vững [[năm 2023]] trên', [year(2023)]],
    ['- [[Năm 2020]], hỗ trợ', [year(2020)]],
    ['KẾ HOẠCH [[NĂM 2024]]', [year(2024)]],
    ['[[năm 2024]], 2025', [year(2024)]],
  ], ['năm 2016-2020', 'năm 2016 - 2020', 'năm học', 'có 2023 hộ', 'năm 20231', 'năm 2022/TT']],
  [YearRangeParser, [
    ['giai đoạn [[2021 - 2025]],', [range(2021, 2025)]],
    ['từ năm [[2016-2020]] UBND', [range(2016, 2020)]],
    ['giai đoạn [[2021 -2025]].', [range(2021, 2025)]],
    ['giai đoạn [[2021–2025]]', [range(2021, 2025)]],
    ['giai đoạn [[2021-2025]]² và', [range(2021, 2025)]],
  ], ['2025 - 2021', '0243-8234', '19/10/2022 - 2023', '2021-2025-2030', '1.886-2000', 'QĐ-2021-2025', '2016-20201']],
];

for (const [parser, positive, negative] of TABLE) {
  describe(parser.name, () => {
    it.each(positive)('%s', (s, e) => expectParser(parser, [s, e]));
    it.each(negative)('nothing in: %s', (s) => expectParser(parser, [s, []]));
  });
}
