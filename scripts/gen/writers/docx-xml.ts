/**
 * WordprocessingML for a report: paragraphs with bold/italic runs and alignment, tables with a grid,
 * borders and `w:gridSpan` on merged header cells, plus the package parts a .docx needs.
 */
import type { Align, Block, Cell, Run } from '../model.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A4 text width in twentieths of a point (21 cm minus 2 × 2 cm margins, landscape tables are not used). */
const TEXT_WIDTH = 9638;
const STT_WIDTH = 500;
const LABEL_WIDTH = 2300;
const UNIT_WIDTH = 850;
const NOTE_WIDTH = 650;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runXml(run: Run): string {
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

function paraXml(runs: Run[], align: Align | undefined, style: string, spacingAfter: number, pageBreakBefore = false): string {
  const jc = align ? `<w:jc w:val="${align}"/>` : '';
  const brk = pageBreakBefore ? '<w:pageBreakBefore/>' : '';
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${brk}<w:spacing w:before="0" w:after="${spacingAfter}"/>${jc}</w:pPr>${runs.map(runXml).join('')}</w:p>`;
}

/** STT narrow, the label column wide, a unit column if any, the value columns share the rest, `Ghi chú` last. */
function columnWidths(cols: number, leadCols: number): number[] {
  const lead = [STT_WIDTH, LABEL_WIDTH, UNIT_WIDTH].slice(0, leadCols);
  const used = lead.reduce((a, b) => a + b, 0) + NOTE_WIDTH;
  const value = Math.floor((TEXT_WIDTH - used) / Math.max(1, cols - leadCols - 1));
  return Array.from({ length: cols }, (_, i) => (i < leadCols ? lead[i] : i === cols - 1 ? NOTE_WIDTH : value));
}

function cellXml(cell: Cell, width: number): string {
  const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
  const runs = cell.text ? [{ text: cell.text, bold: cell.bold }] : [];
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}<w:vAlign w:val="center"/></w:tcPr>${paraXml(runs, 'center', 'TableContents', 0)}</w:tc>`;
}

function tableXml(rows: Cell[][], headerRows: number): string {
  const cols = rows[0].reduce((n, c) => n + (c.span ?? 1), 0);
  const leadCols = rows[0].findIndex((c) => (c.span ?? 1) > 1);
  const widths = columnWidths(cols, leadCols < 0 ? 0 : leadCols);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows.map((row, r) => {
    let col = 0;
    const cells = row.map((cell) => {
      const span = cell.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return cellXml(cell, width);
    });
    const header = r < headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${header}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body.join('')}</w:tbl>`;
}

function blockXml(block: Block): string {
  switch (block.kind) {
    case 'p':
      return paraXml(block.runs, block.align ?? 'both', 'Normal', 120, block.pageBreakBefore);
    case 'lines':
      return block.lines.map((line, i) => paraXml(line, block.align, 'Normal', i === block.lines.length - 1 ? 120 : 0)).join('');
    case 'table':
      // an empty paragraph after a table keeps two tables apart
      return `${tableXml(block.rows, block.headerRows)}<w:p/>`;
  }
}

export function documentXml(blocks: Block[]): string {
  const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${blocks.map(blockXml).join('')}${sect}</w:body></w:document>`;
}

export const CONTENT_TYPES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

export const ROOT_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export const DOCUMENT_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style></w:styles>`;
