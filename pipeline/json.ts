/** JSON for the CLI: bigints as numbers when exact, as strings otherwise — never rounded. */
export function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(jsonValue);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return String(v); // DuckDB values: dates, decimals, ...
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, jsonValue(x)]));
}

export function toJson(v: unknown, indent = 2): string {
  return JSON.stringify(jsonValue(v), null, indent);
}
