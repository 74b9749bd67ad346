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
