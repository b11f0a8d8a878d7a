/**
 * Glyph positions from a page's operator list: replays the text state (Tf, Tm/Td/TD/T*, TL, Tc, Tw, Tz, Ts,
 * TJ/Tj/'/") and the CTM (cm, q/Q, form XObjects) to place every glyph where it is really drawn. pdfjs's own
 * getTextContent keeps content-stream order, which puts LibreOffice's separately-drawn accented letters at the
 * end of the line; positions do not lie.
 *
 * Coordinates are in the viewport space of the page (scale 1, y grows downwards, page rotation applied).
 * Glyphs are kept as parallel arrays (one entry per glyph) to avoid an object per glyph.
 */
import { OPS } from './pdfjs.js';

/** One font as the glyph table refers to it. */
export interface FontInfo {
  name: string;
  bold: boolean;
}

/** Parallel arrays, index = glyph. */
export interface PageGlyphs {
  /** Left edge of the glyph's advance box. */
  x: number[];
  /** Baseline (text rise included), y downwards. */
  y: number[];
  /** Advance width (without char/word spacing). */
  w: number[];
  /** Effective font size (em height on the page). */
  size: number[];
  /** Index into `fonts`. */
  font: number[];
  text: string[];
  /** The PDF drew a whitespace glyph here (kept for space detection, never put in a line as a glyph). */
  isSpace: boolean[];
  fonts: FontInfo[];
  /** Horizontal rules drawn on the page, flattened triples (y, x0, x1), page space. */
  hRules: number[];
  /** Vertical rules, flattened triples (x, y0, y1), page space. */
  vRules: number[];
  /** Glyphs whose writing direction is not left-to-right horizontal (rotated or vertical text), not placed. */
  skippedRotated: number;
  /** Of the skipped glyphs, how many run at 90°, 180° and 270° (clockwise, as seen on the page). */
  turned: [number, number, number];
}

/** A glyph as pdfjs puts it in a showText argument. */
interface PdfjsGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
  vmetric?: number[] | null;
}

interface PdfjsFont {
  name?: string;
  fontMatrix?: number[];
  bold?: boolean;
  black?: boolean;
  vertical?: boolean;
}

type Matrix = [number, number, number, number, number, number];

interface TextState {
  ctm: Matrix;
  fontIndex: number;
  fontMatrix0: number;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const DEFAULT_FONT_MATRIX0 = 0.001;
/** Font names that mean bold (PostScript names like `LiberationSerif-Bold`, `Arial,Bold`, `TimesNewRomanPS-BoldMT`). */
const BOLD_NAME = /bold|black|heavy|semibold|demibold/i;
/** A glyph whose text is only whitespace (pdfjs's own `isSpace` means "char code 32", which subset fonts give to any letter). */
function isWhitespace(u: string): boolean {
  if (u.length === 1) {
    const c = u.charCodeAt(0);
    return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
  }
  return u.trim() === '';
}
/** Tolerance on the direction of a glyph's advance: |sin| of the angle to the x axis. */
const MAX_SKEW = 0.05;

/** Paint operators of a constructPath whose path is drawn (endPath only clips). */
const STROKING = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLING = new Set<number>([OPS.fill, OPS.eoFill]);
/** pdfjs path buffer codes (DrawOPS). */
const PATH_MOVE = 0;
const PATH_LINE = 1;
const PATH_CURVE = 2;
const PATH_QUAD = 3;
const PATH_CLOSE = 4;
/** A segment is axis-aligned when it strays less than this (points) across its direction. */
const AXIS_TOLERANCE = 0.5;
/** A filled rectangle thinner than this (points) is a rule (Word draws cell borders so). */
const MAX_RULE_THICKNESS = 3;
/** Rules shorter than this (points) are ignored. */
const MIN_RULE_LENGTH = 1;

/** m1 × m2 (apply m1 first, then m2), PDF row-vector convention. */
function multiply(m1: Matrix | ArrayLike<number>, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

function emptyPage(): PageGlyphs {
  return { x: [], y: [], w: [], size: [], font: [], text: [], isSpace: [], fonts: [], hRules: [], vRules: [], skippedRotated: 0, turned: [0, 0, 0] };
}

/**
 * Replays the operator list of one page.
 * @param viewport the page's viewport transform (user space → y-down page space).
 * @param getFont looks a font up by its loaded name (page.commonObjs.get); may return null for a missing font.
 */
export function collectGlyphs(
  fnArray: number[],
  argsArray: unknown[][],
  viewport: ArrayLike<number>,
  getFont: (loadedName: string) => PdfjsFont | null,
): PageGlyphs {
  const out = emptyPage();
  const fontIndexByName = new Map<string, number>();
  const fontMatrices: number[] = [];

  let st: TextState = {
    ctm: [viewport[0], viewport[1], viewport[2], viewport[3], viewport[4], viewport[5]],
    fontIndex: -1, fontMatrix0: DEFAULT_FONT_MATRIX0, fontSize: 0,
    charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0,
  };
  const stack: TextState[] = [];
  let tm: Matrix = IDENTITY;
  let lineX = 0;
  let lineY = 0;
  let curX = 0;

  const fontFor = (loadedName: string): number => {
    const known = fontIndexByName.get(loadedName);
    if (known !== undefined) return known;
    let font: PdfjsFont | null = null;
    try { font = getFont(loadedName); } catch { font = null; }
    const name = font?.name ?? '';
    const index = out.fonts.length;
    out.fonts.push({ name, bold: Boolean(font?.bold || font?.black) || BOLD_NAME.test(name) });
    const fm0 = font?.fontMatrix?.[0];
    fontMatrices.push(typeof fm0 === 'number' && fm0 !== 0 ? fm0 : DEFAULT_FONT_MATRIX0);
    fontIndexByName.set(loadedName, index);
    return index;
  };

  const moveText = (tx: number, ty: number): void => {
    lineX += tx;
    lineY += ty;
    curX = lineX;
  };

  const showText = (glyphs: (PdfjsGlyph | number | null)[]): void => {
    if (st.fontSize === 0) return;
    const fs = st.fontSize;
    const th = st.hScale;
    const widthScale = fs * st.fontMatrix0;
    // Text space → page: Tm then CTM.
    const m = multiply(tm, st.ctm);
    const a = m[0];
    const b = m[1];
    const c = m[2];
    const d = m[3];
    const e = m[4];
    const f = m[5];
    const advLen = Math.hypot(a, b);
    const rotated = advLen === 0 || Math.abs(b) / advLen > MAX_SKEW || a < 0;
    // Which quarter turn the text runs at, when it runs at one (index into `turned`), else -1.
    let turn = -1;
    if (rotated && advLen > 0) {
      if (Math.abs(a) / advLen <= MAX_SKEW) turn = b > 0 ? 0 : 2;
      else if (Math.abs(b) / advLen <= MAX_SKEW && a < 0) turn = 1;
    }
    const ySize = Math.hypot(c, d) * fs;
    const ty = lineY + st.rise;
    let x = 0;
    for (const g of glyphs) {
      if (g === null) continue;
      if (typeof g === 'number') {
        x -= (g * fs) / 1000;
        continue;
      }
      const adv = g.width * widthScale;
      const tx = curX + x * th;
      if (rotated) {
        out.skippedRotated++;
        if (turn >= 0 && !isWhitespace(g.unicode)) out.turned[turn]++;
      } else if (g.unicode !== '') {
        out.x.push(a * tx + c * ty + e);
        out.y.push(b * tx + d * ty + f);
        out.w.push(adv * th * advLen);
        out.size.push(ySize);
        out.font.push(st.fontIndex);
        out.text.push(g.unicode);
        out.isSpace.push(isWhitespace(g.unicode));
      }
      x += adv + st.charSpacing + (g.isSpace ? st.wordSpacing : 0);
    }
    curX += x * th;
  };

  const addRule = (ax: number, ay: number, bx: number, by: number): void => {
    if (Math.abs(ay - by) < AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
      out.hRules.push((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx));
    } else if (Math.abs(ax - bx) < AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
      out.vRules.push((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by));
    }
  };

  /** Rules from a painted path: stroked straight edges, and thin filled rectangles. */
  const collectRules = (paintOp: number, buffer: ArrayLike<number> | null | undefined): void => {
    if (!buffer) return;
    const stroke = STROKING.has(paintOp);
    if (!stroke && !FILLING.has(paintOp)) return;
    const m = st.ctm;
    let pts: number[] = [];
    let curved = false;
    const flush = (closed: boolean): void => {
      const n = pts.length / 2;
      if (n >= 2 && !curved) {
        if (stroke) {
          for (let k = 0; k + 1 < n; k++) addRule(pts[2 * k], pts[2 * k + 1], pts[2 * k + 2], pts[2 * k + 3]);
          if (closed && n > 2) addRule(pts[2 * n - 2], pts[2 * n - 1], pts[0], pts[1]);
        } else if (n >= 4) {
          let x0 = Infinity;
          let y0 = Infinity;
          let x1 = -Infinity;
          let y1 = -Infinity;
          for (let k = 0; k < n; k++) {
            x0 = Math.min(x0, pts[2 * k]);
            x1 = Math.max(x1, pts[2 * k]);
            y0 = Math.min(y0, pts[2 * k + 1]);
            y1 = Math.max(y1, pts[2 * k + 1]);
          }
          if (y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 > y1 - y0) addRule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
          else if (x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 > x1 - x0) addRule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        }
      }
      pts = [];
      curved = false;
    };
    for (let k = 0; k < buffer.length; ) {
      const code = buffer[k++];
      if (code === PATH_MOVE || code === PATH_LINE) {
        if (code === PATH_MOVE && pts.length > 0) flush(false);
        const x = buffer[k++];
        const y = buffer[k++];
        pts.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
      } else if (code === PATH_CURVE) {
        curved = true;
        k += 6;
      } else if (code === PATH_QUAD) {
        curved = true;
        k += 4;
      } else if (code === PATH_CLOSE) {
        flush(true);
      } else {
        break;
      }
    }
    flush(false);
  };

  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i];
    switch (fnArray[i]) {
      case OPS.constructPath: {
        const data = args[1] as (ArrayLike<number> | null)[] | null;
        collectRules(args[0] as number, data?.[0]);
        break;
      }
      case OPS.save:
        stack.push({ ...st });
        break;
      case OPS.restore:
        if (stack.length > 0) st = stack.pop() as TextState;
        break;
      case OPS.transform:
        st.ctm = multiply(args as unknown as Matrix, st.ctm);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...st });
        const matrix = args[0] as Matrix | null;
        if (matrix) st.ctm = multiply(matrix, st.ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        if (stack.length > 0) st = stack.pop() as TextState;
        break;
      case OPS.beginText:
        tm = IDENTITY;
        lineX = lineY = curX = 0;
        break;
      case OPS.setFont: {
        st.fontIndex = fontFor(args[0] as string);
        st.fontMatrix0 = fontMatrices[st.fontIndex];
        st.fontSize = Math.abs(args[1] as number);
        break;
      }
      case OPS.setTextMatrix: {
        const mm = (args.length === 1 ? args[0] : args) as ArrayLike<number>;
        tm = [mm[0], mm[1], mm[2], mm[3], mm[4], mm[5]];
        lineX = lineY = curX = 0;
        break;
      }
      case OPS.moveText:
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        st.leading = -(args[1] as number);
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.nextLine:
        moveText(0, -st.leading);
        break;
      case OPS.setLeading:
        st.leading = args[0] as number;
        break;
      case OPS.setCharSpacing:
        st.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        st.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        st.hScale = (args[0] as number) / 100;
        break;
      case OPS.setTextRise:
        st.rise = args[0] as number;
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showText(args[0] as (PdfjsGlyph | number | null)[]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -st.leading);
        showText(args[0] as (PdfjsGlyph | number | null)[]);
        break;
      case OPS.nextLineSetSpacingShowText:
        moveText(0, -st.leading);
        st.wordSpacing = args[0] as number;
        st.charSpacing = args[1] as number;
        showText(args[2] as (PdfjsGlyph | number | null)[]);
        break;
      default:
        break;
    }
  }
  return out;
}
