/**
 * Folds text for diacritic- and case-insensitive search: NFD, combining marks removed, đ/Đ → d,
 * lower-case, runs of whitespace collapsed. The projection stores names folded with it and the
 * repository folds queries with it, so "nguyen van a" finds "Nguyễn Văn A".
 */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A `like` pattern matching `text` anywhere, with the wildcard characters `%`, `_` and `\` escaped. */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
