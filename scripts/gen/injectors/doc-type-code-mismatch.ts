/**
 * `doc_type_code_mismatch`: `Công văn số 311/QĐ-HĐND` — the type name says Công văn (no type code) while
 * the symbol carries another type's code. Made on the report's own letter, which no other report cites.
 */
import { citeRef } from '../refs.js';
import { ownLetter } from './own-letter.js';
import type { Injector } from './types.js';

/** Codes of other document types (domain.md §2). */
const WRONG_CODES = ['QĐ', 'KH', 'TB', 'HD', 'TTr'] as const;

export const docTypeCodeMismatch: Injector = {
  id: 'doc_type_code_mismatch',
  applies: (spec) => spec.body.kind !== 'supplement' && ownLetter(spec) !== undefined,
  inject(spec, ctx) {
    const ref = ownLetter(spec)!;
    const before = ref.symbol;
    const issuerCode = before.split('-')[0];
    const code = ctx.rng.pick(WRONG_CODES);
    ref.symbol = `${code}-${issuerCode}`;
    return {
      doc: spec.doc, check_id: 'doc_type_code_mismatch',
      detail: {
        type_name: ref.typeName, stated: `${ref.number}/${ref.symbol}`, type_code: code,
        expected_symbol: `${ref.number}/${before}`, citation: citeRef(ref),
      },
    };
  },
};
