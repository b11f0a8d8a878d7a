/**
 * The type code and issuer code of a parsed symbol, read under its printed type name:
 * `15/QĐ-BNV` → QĐ, BNV; a Công văn `1532/SLĐTBXH-BTXHTE` → null, SLĐTBXH (its first group);
 * `06/2022/TT-BTTTT` → TT, BTTTT; `24/2021/QH15` → null, QH15; `12/2015/TTLT-BTC-BNV` → TTLT, BTC-BNV;
 * `47-NQ/TU` → NQ, TU. Under `Công văn`, an issuer-like code (`4114/CT-NVT`, Cục Thuế) is the issuer.
 */
import type { ParsedSymbol } from './parseSymbol.js';
import { canonicalTypeCode, CONG_VAN, ISSUER_LIKE_TYPE_CODES, typeOfName } from './typeCodes.js';

export function typeAndIssuer(p: ParsedSymbol, typeName: string | null): { typeCode: string | null; issuerCode: string | null } {
  const [first, ...rest] = p.groups;
  let typeCode = first ? canonicalTypeCode(first) : null;
  const issuerLike = typeCode !== null && ISSUER_LIKE_TYPE_CODES.has(typeCode) && p.form === 'slash';
  if (issuerLike && typeOfName(typeName)?.name === CONG_VAN) typeCode = null;
  if (typeCode) return { typeCode, issuerCode: rest.join('-') || null };
  const issuer = p.form === 'slash' && p.groups.length >= 2 ? first : p.groups.join('-');
  return { typeCode: null, issuerCode: issuer || null };
}
