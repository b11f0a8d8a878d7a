/**
 * The two layers of a generated report. A ReportSpec holds what the report states (its figures, its
 * citations, its overrides when an error is injected); the text builders turn it into Blocks, which the
 * writers print as .txt or .docx. Figures that follow from others (sums, percentages, table totals) are
 * computed when the blocks are built, so an injected change stays the only inconsistency.
 */
import type { MoneyStyle, Ymd } from './format.js';
import type { Period } from './periods.js';
import type { District } from './places.js';
import type { Allocation, YearTruth } from './truth.js';
import type { Subject } from './subjects.js';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'both';

export interface Cell {
  text: string;
  /** Columns this cell covers (the header `Tổng số` spans `Kế hoạch` and `Thực hiện`). */
  span?: number;
  bold?: boolean;
}

export type Block =
  | { kind: 'p'; runs: Run[]; align?: Align; pageBreakBefore?: boolean }
  /** Lines kept together (the `Nơi nhận` list, the signature): one line each, no blank line between. */
  | { kind: 'lines'; lines: Run[][]; align?: Align }
  | { kind: 'table'; rows: Cell[][]; headerRows: number };

export type DocTypeName = 'Công văn' | 'Kế hoạch' | 'Thông tư' | 'Quyết định' | 'Nghị quyết' | 'Báo cáo';

/** A cited document. Each report holds its own copy, so an injector can change one citation only. */
export interface DocRef {
  /** Stable id of the cited document (shared by every report that cites it). */
  id: string;
  typeName: DocTypeName;
  /** `06`, `1532`. */
  number: string;
  /** What follows the slash: `2022/TT-BTTTT`, `SLĐTBXH-BTXHTE`, `KH-UBND`. */
  symbol: string;
  date: Ymd;
  /** Replaces the printed date (an impossible date injected by `date_invalid`). */
  dateText?: string;
  /** `của Bộ Thông tin và Truyền thông`. */
  issuerPhrase: string;
  /** `về việc ...`. */
  about: string;
  /** Cited by more than one report. */
  shared: boolean;
}

export interface SelfRef {
  number: string;
  symbol: string;
  date: Ymd;
  issuerName: string;
}

/** A cell to print instead of the computed one: `row`/`col` index the value grid (totals included). */
export interface CellOverride {
  row: number;
  col: number;
  value: number;
}

export interface TableErrors {
  overrides: CellOverride[];
  /** Replaces the `(Kèm theo Báo cáo số: ...)` reference of this table. */
  selfRef?: SelfRef;
}

export interface BudgetFacts {
  subject: Subject;
  allocation: Allocation;
  /** Disbursed from 1 January to the period's end. */
  disbursed: number;
  style: MoneyStyle;
  /** The disbursement's `trong đó` list (adds up to `disbursed` unless an error is injected). */
  spending: { label: string; amount: number }[];
  /** Printed instead of the computed `đạt P%`. */
  percentOverride?: string;
}

export interface QuantityFacts {
  lop_cong_dong: number;
  lop_can_bo: number;
  nguoi: number;
  ho: number;
  /** Printed instead of lop_cong_dong + lop_can_bo. */
  classesTotalOverride?: number;
  /** Printed in the text instead of the value (the table keeps the true one). */
  textOverrides: { nguoi?: number; ho?: number };
}

export interface DistrictBody {
  kind: 'district';
  district: District;
  budgets: BudgetFacts[];
  quantities: QuantityFacts;
  /** The years shown in the tables and their truth (past years complete, the report's year to its end). */
  years: { year: number; truth: YearTruth }[];
  tables: [TableErrors, TableErrors];
}

export interface ProvinceRow {
  district: District;
  /** The province's copy of each district's figures (what it printed). */
  values: Record<Subject['id'], { total: number; disbursed: number }>;
}

export interface ProvinceBody {
  kind: 'province';
  rows: ProvinceRow[];
  /** Printed instead of the computed province percentage of a sub-project. */
  percentOverrides: Partial<Record<Subject['id'], string>>;
  tables: [TableErrors];
}

export interface SupplementBody {
  kind: 'supplement';
  district: District;
  /** The report it supplements. */
  main: SelfRef;
  budget: BudgetFacts;
}

/** What a report cites: the request it answers, the texts it rests on, its issuer's own documents. */
export interface Citations {
  request: DocRef;
  basis: DocRef[];
  own: DocRef[];
}

export function allRefs(c: Citations): DocRef[] {
  return [c.request, ...c.basis, ...c.own];
}

export interface Issuer {
  /** `UBND huyện Bình Gia`. */
  name: string;
  /** `UBND HUYỆN BÌNH GIA`. */
  headerLine: string;
  /** The place in the date line. */
  place: string;
  /** `huyện Bình Gia`, `tỉnh Lạng Sơn`: the area the report covers. */
  area: string;
}

export interface ReportSpec {
  /** Path without extension, relative to the output folder: `2023-q2/binh-gia`. */
  doc: string;
  period: Period;
  issuer: Issuer;
  number: number;
  symbol: string;
  date: Ymd;
  title: string;
  recipient: string;
  citations: Citations;
  signer: { lines: string[]; name: string };
  noiNhan: string[];
  body: DistrictBody | ProvinceBody | SupplementBody;
}

export function selfRefOf(spec: ReportSpec): SelfRef {
  return { number: String(spec.number), symbol: spec.symbol, date: spec.date, issuerName: spec.issuer.name };
}
