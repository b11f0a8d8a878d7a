import type { TableDef } from './db.js';
import { runsTable, sourcesTable } from './source.js';
import { blocksTable, documentsTable, linesTable, pagesTable, tableCellsTable, tablesTable } from './document.js';
import { amountsTable, datesTable, docRefsTable, percentsTable, quantitiesTable } from './entities.js';
import { factPercentsTable, factsTable } from './facts.js';
import { flagsTable } from './flags.js';

/** Every table of the database, in load order (a document's rows go in one transaction). */
export const DOCUMENT_TABLES: TableDef[] = [
  documentsTable, blocksTable, tablesTable, tableCellsTable, pagesTable, linesTable,
  amountsTable, quantitiesTable, percentsTable, datesTable, docRefsTable, factsTable, factPercentsTable,
];

export const ALL_TABLES: TableDef[] = [sourcesTable, runsTable, ...DOCUMENT_TABLES, flagsTable];
