/** Rules of the auditors' screens: where the as-of slider stands, what a download is called. */

/** The instant that includes the `version`-th event (1-based) of a timeline and everything recorded with it. */
export function instantAfter(events: ReadonlyArray<{ recordedAt: string }>, version: number): string {
  const e = events[version - 1] ?? events.at(-1);
  // The store keeps microseconds and the API sends milliseconds: one millisecond later includes the event.
  return new Date(Date.parse(e?.recordedAt ?? new Date().toISOString()) + 1).toISOString();
}

/**
 * Where a move of the slider lands: on the last event recorded at the same instant as the one asked for
 * (the state there includes them all), and when moving back from that instant, on the instant before
 * it, so the arrow keys always get somewhere. 1-based; 0 is "before the first event".
 */
export function sliderTarget(
  events: ReadonlyArray<{ recordedAt: string }>,
  requested: number,
  current: number,
): number {
  const instant = (v: number) => Date.parse(events[v - 1]?.recordedAt ?? '');
  const lastAt = (t: number) => events.reduce((last, e, i) => (Date.parse(e.recordedAt) <= t ? i + 1 : last), 0);
  const landing = lastAt(instant(requested));
  if (requested < current && landing >= current) {
    const before = lastAt(instant(requested) - 1);
    return before > 0 ? before : current;
  }
  return landing;
}

/**
 * Where the slider stands: on the version of the state on screen once it has arrived (events written
 * in one transaction share an instant, so asking for one may show a later one), else where it was put.
 * 0 means "before the first event".
 */
export function sliderPosition(
  asked: number | undefined,
  shown: { version: number } | undefined,
  notYet: boolean,
): number {
  if (notYet) return 0;
  return shown?.version ?? asked ?? 0;
}

/** The file name an export is saved as: the nominee's name without diacritics, and the day. */
export function exportFileName(nomineeName: string, format: 'json' | 'csv', day: string): string {
  const plain = nomineeName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `ho-so-${plain || 'de-nghi'}-${day}.${format}`;
}

/** The format of an uploaded export, from its name. */
export function exportFormatOf(fileName: string): 'json' | 'csv' | 'jsonl' | null {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return null;
}
