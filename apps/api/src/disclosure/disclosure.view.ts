import type { NominationSummary } from '@vinhdanh/db';
import type { DisclosureObjection, SubmittedNominationState } from '@vinhdanh/domain';

/** The disclosure on a nomination's page: the list's sub-label plus the period and every objection with its answer. */
export type DisclosureDetailView = NonNullable<NominationSummary['disclosure']> & {
  workingDays: number;
  postedAt: string | null;
  endedAt: string | null;
  objections: readonly DisclosureObjection[];
  /** Where and when the unit posted the list on paper, when it recorded a disclosure held that way. */
  heldOnPaper: { place: string; postedOn: string; endedOn: string; workingDays: number } | null;
  /** Objections still waiting for an answer (forwarding is refused while any is). */
  unanswered: number;
};

/** The detail view of the disclosure, or null when the nomination's rule set requires none. */
export function disclosureView(
  summary: NominationSummary['disclosure'],
  state: SubmittedNominationState,
): DisclosureDetailView | null {
  const d = state.disclosure;
  if (!d || !summary) return null;
  return {
    ...summary,
    workingDays: d.workingDays,
    postedAt: d.posted?.at ?? null,
    endedAt: d.endedAt ?? null,
    objections: d.objections,
    heldOnPaper: d.heldOnPaper ?? null,
    unanswered: d.objections.filter((o) => !o.answer).length,
  };
}
