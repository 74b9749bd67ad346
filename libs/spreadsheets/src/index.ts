export { writeXlsx, sheet, cellValue, toSheetDate, XLSX_MEDIA_TYPE } from './xlsx-writer';
export type { AnySheet, ColumnType, SheetColumn, SheetSpec } from './xlsx-writer';
export { toCsv, UTF8_BOM } from './csv-writer';
export {
  readSheetRows,
  templateXlsx,
  headerKey,
  parseVietnameseDate,
  parseVietnameseNumber,
  SpreadsheetRejectedError,
} from './xlsx-reader';
export type {
  ImportColumn,
  ImportColumnType,
  ImportIssue,
  ImportSpec,
  ImportedRow,
  SpreadsheetRejection,
} from './xlsx-reader';
