/**
 * Every table the application reads or writes, one `*.table.ts` per table.
 * Add a line per table; keep the list sorted by area.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- tables are added per area
export interface Database {}
