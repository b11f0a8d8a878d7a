/**
 * The shape of a reference's symbol (domain.md §2), for counts and the eval script:
 * - `normative`: the number carries a year (`06/2022/TT-BTTTT`, `24/2021/QH15`);
 * - `party`: `number-TYPE/ISSUER` (`47-NQ/TU`, `17129-CV/VPTW`);
 * - `administrative`: `number/TYPE-ISSUER` with a type code (`15/QĐ-BNV`, `153/KH-UBND`);
 * - `cong_van`: `number/ISSUER-UNIT` without a type code (`1532/SLĐTBXH-BTXHTE`, `252/BTTTT-KHHC`);
 * - `other`: anything else (`58/HĐBT`: a single code group).
 */
import type { DocRef } from '../../schemas/entities.js';
import { parseSymbol } from './parseSymbol.js';

export type SymbolShape = 'administrative' | 'cong_van' | 'normative' | 'party' | 'other';

export function symbolShape(ref: Pick<DocRef, 'raw' | 'type_code'>): SymbolShape {
  const p = parseSymbol(ref.raw);
  if (!p) return 'other';
  if (p.form === 'normative') return 'normative';
  if (p.form === 'party') return 'party';
  if (p.groups.length < 2) return 'other';
  return ref.type_code !== null ? 'administrative' : 'cong_van';
}
