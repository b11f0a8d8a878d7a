/**
 * A pure function of one string with its answers kept: units and scales are written in a handful of ways
 * (`triệu đồng`, `TRIỆU ĐỒNG`, `người`), read thousands of times. Only for results that are never mutated
 * (strings, numbers, bigints, booleans, null). At most `max` inputs are kept, then the memo starts afresh.
 */
export function memoized<T extends string | number | bigint | boolean | null>(f: (s: string) => T, max = 4096): (s: string) => T {
  let memo = new Map<string, T>();
  return (s) => {
    const known = memo.get(s);
    if (known !== undefined || memo.has(s)) return known as T;
    const v = f(s);
    if (memo.size >= max) memo = new Map();
    memo.set(s, v);
    return v;
  };
}
