/**
 * Glyph positions from a page's operator list: replays the text state (Tf, Tm/Td/TD/T*, TL, Tc, Tw, Tz, Ts,
 * TJ/Tj/'/") and the CTM (cm, q/Q, form XObjects) to place every glyph where it is really drawn. pdfjs's own
 * getTextContent keeps content-stream order, which puts LibreOffice's separately-drawn accented letters at the
 * end of the line; positions do not lie.
 *
 * Coordinates are in the viewport space of the page (scale 1, y grows downwards, page rotation applied).
 * Glyphs are kept as parallel arrays (one entry per glyph) to avoid an object per glyph.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

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
  /** Glyphs whose writing direction is not left-to-right horizontal (rotated or vertical text), not placed. */
  skippedRotated: number;
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
const WHITESPACE = /^\s+$/u;
/** Tolerance on the direction of a glyph's advance: |sin| of the angle to the x axis. */
const MAX_SKEW = 0.05;

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
  return { x: [], y: [], w: [], size: [], font: [], text: [], isSpace: [], fonts: [], skippedRotated: 0 };
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
      } else if (g.unicode !== '') {
        out.x.push(a * tx + c * ty + e);
        out.y.push(b * tx + d * ty + f);
        out.w.push(adv * th * advLen);
        out.size.push(ySize);
        out.font.push(st.fontIndex);
        out.text.push(g.unicode);
        out.isSpace.push(WHITESPACE.test(g.unicode));
      }
      x += adv + st.charSpacing + (g.isSpace ? st.wordSpacing : 0);
    }
    curX += x * th;
  };

  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i];
    switch (fnArray[i]) {
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
