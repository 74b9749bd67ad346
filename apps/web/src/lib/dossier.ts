/** The dossier form's rules: which documents the award needs, what is still missing, drafts. */
import type { Labels } from '@vinhdanh/api';

/** A document uploaded for the dossier (the server's answer plus the kind chosen). */
export interface UploadedDocument {
  kind: string;
  attachmentId: string;
  name: string;
  sizeBytes: number;
  sha256: string;
}

/** The attachment kinds the award requires under the campaign's rule-set version. */
export function requiredKinds(
  labels: Labels | undefined,
  ruleSetVersion: string | undefined,
  awardCode: string | undefined,
): string[] {
  if (!labels || !awardCode) return [];
  const ruleSet = labels.ruleSets.find((r) => r.version === ruleSetVersion) ?? labels.ruleSets.at(-1);
  return [...(ruleSet?.awards.find((a) => a.code === awardCode)?.requiredAttachments ?? [])];
}

/** The required kinds no uploaded document covers yet. */
export function missingKinds(required: readonly string[], documents: readonly UploadedDocument[]): string[] {
  const have = new Set(documents.map((d) => d.kind));
  return required.filter((k) => !have.has(k));
}

const DRAFT_KEY = 'vinhdanh.nomination-draft';

/** Saves the form's values in this browser (a draft is never sent to the server). */
export function saveDraft(values: unknown, storage: Storage = localStorage): void {
  storage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), values }));
}

/** The saved draft, if any. */
export function loadDraft<T>(storage: Storage = localStorage): { savedAt: string; values: T } | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as { savedAt: string; values: T }) : null;
  } catch {
    return null;
  }
}

export function clearDraft(storage: Storage = localStorage): void {
  storage.removeItem(DRAFT_KEY);
}

/** The file types the server stores, by extension (it checks each file's signature too). */
const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
/** The `accept` attribute of the file picker. */
export const ACCEPT = Object.keys(TYPES)
  .map((e) => `.${e}`)
  .join(',');
/** Said in the file's row when the browser refuses it before sending. */
export const REFUSED_TYPE = 'Chỉ nhận tệp PDF, JPG, PNG, DOCX, XLSX.';

/** The content type the server expects for a file of this name (browsers often send none for .docx); undefined when refused. */
export function contentTypeOf(name: string): string | undefined {
  return TYPES[/\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
}

/** True when the file's name ends in a type the server stores. */
export function acceptedFile(name: string): boolean {
  return contentTypeOf(name) !== undefined;
}

/**
 * The attachment kind a file's name suggests ("Tờ trình.pdf" and "to-trinh.pdf" alike: compared
 * without diacritics); undefined when the name says nothing.
 */
export function guessKind(name: string): string | undefined {
  const n = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
  if (/to.?trinh/.test(n)) return 'TO_TRINH';
  if (/bao.?cao|thanh.?tich/.test(n)) return 'BAO_CAO_THANH_TICH';
  if (/bien.?ban/.test(n)) return 'BIEN_BAN';
  if (/sang.?kien/.test(n)) return 'SANG_KIEN';
  return undefined;
}

/** The SHA-256 of bytes as lowercase hex (the browser's own digest, to compare with the server's). */
export async function sha256Hex(data: ArrayBuffer | Blob): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
