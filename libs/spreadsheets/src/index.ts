export { writeXlsx, sheet, cellValue, toSheetDate, XLSX_MEDIA_TYPE } from './xlsx-writer';
export type { AnySheet, ColumnType, SheetColumn, SheetSpec } from './xlsx-writer';
export { toCsv, UTF8_BOM } from './csv-writer';
