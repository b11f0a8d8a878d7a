/** Every match of a global pattern in `s`, as `s.matchAll(re)` gives them (the pattern's lastIndex is reset). */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(s, re.lastIndex);
  }
  return out;
}

/** The index after the code point at `i` (how a global unicode search steps past an empty match). */
function advance(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
}
