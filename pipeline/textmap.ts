/**
 * The normalised text and its offset map back to the source text (eyecite's span map).
 * Appends are recorded as segments; inside a segment normalised and source offsets advance together,
 * so `toSource(n)` is a binary search plus an addition. A composed character (NFC of a letter and
 * its combining marks) maps to the start of its source cluster.
 */
export class TextBuilder {
  private parts: string[] = [];
  private normStarts: number[] = [];
  private srcStarts: number[] = [];
  private nextSrc = -1;
  length = 0;

  /** Append `s`, whose first character comes from source offset `src` (character i from src + i). */
  push(s: string, src: number): void {
    if (s.length === 0) return;
    if (src !== this.nextSrc || this.normStarts.length === 0) {
      this.normStarts.push(this.length);
      this.srcStarts.push(src);
    }
    this.parts.push(s);
    this.length += s.length;
    this.nextSrc = src + s.length;
  }

  /** Append text that has no source (a separator): it maps to `src`, the source offset it stands for. */
  pushSynthetic(s: string, src: number): void {
    if (s.length === 0) return;
    this.normStarts.push(this.length);
    this.srcStarts.push(src);
    this.parts.push(s);
    this.length += s.length;
    this.nextSrc = -1; // force a new segment after
  }

  /** Drop trailing spaces (used to trim a block end). */
  trimEnd(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1];
      const trimmed = last.replace(/ +$/u, '');
      if (trimmed.length === last.length) return;
      this.length -= last.length - trimmed.length;
      if (trimmed.length === 0) {
        this.parts.pop();
        if (this.normStarts[this.normStarts.length - 1] >= this.length) {
          this.normStarts.pop();
          this.srcStarts.pop();
        }
      } else {
        this.parts[this.parts.length - 1] = trimmed;
      }
      this.nextSrc = -1;
    }
  }

  /** The text appended since normalised offset `start` (walks back over the recent parts only). */
  textFrom(start: number): string {
    const out: string[] = [];
    let pos = this.length;
    for (let i = this.parts.length - 1; i >= 0 && pos > start; i--) {
      const part = this.parts[i];
      pos -= part.length;
      out.push(pos >= start ? part : part.slice(start - pos));
    }
    return out.reverse().join('');
  }

  charBeforeLast(): string {
    const t = this.textFrom(Math.max(0, this.length - 2));
    return t.length === 2 ? t[0] : '';
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  build(): TextMap {
    return new TextMap(this.parts.join(''), Int32Array.from(this.normStarts), Int32Array.from(this.srcStarts));
  }
}

export class TextMap {
  constructor(
    readonly text: string,
    private readonly normStarts: Int32Array,
    private readonly srcStarts: Int32Array,
  ) {}

  /** Source offset of normalised offset `n` (0 ≤ n ≤ text.length). */
  toSource(n: number): number {
    const a = this.normStarts;
    if (a.length === 0) return 0;
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a[mid] <= n) lo = mid;
      else hi = mid - 1;
    }
    const segEnd = lo + 1 < a.length ? a[lo + 1] : this.text.length;
    const within = Math.min(n, segEnd) - a[lo];
    return this.srcStarts[lo] + within;
  }
}
