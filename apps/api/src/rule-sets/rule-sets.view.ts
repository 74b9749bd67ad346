import type { FieldError } from '../errors/api-error';

/** What the API answers about one rule-set version. */
export interface RuleSetVersionView {
  version: string;
  /** draft: still being written (nothing can pin it); published: final, campaigns may pin it. */
  status: 'draft' | 'published';
  statusLabel: { vi: string; en: string };
  /** Where the version comes from: published through the API (event-sourced) or shipped with the code. */
  origin: 'published' | 'built_in';
  /** Events in the version's stream: pass it back as `expectedRevision`. 0 for a built-in version. */
  revision: number;
  title: string | null;
  regulation: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  /** The body as drafted, or the published rule set. */
  body: Record<string, unknown>;
  draftedAt: string | null;
  draftedBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  /** For a draft: is it publishable, and every issue by field (`body.awards[3].grantingLevel`). */
  validation?: { valid: boolean; errors: FieldError[] };
}

/** One line of the list. */
export type RuleSetVersionSummary = Omit<RuleSetVersionView, 'body' | 'validation'> & { awardCount: number };
