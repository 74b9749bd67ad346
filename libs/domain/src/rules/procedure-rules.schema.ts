import { z } from 'zod';
import { OrgLevel } from '../org/org-unit';

/** A step of the procedure at one level (domain.md "Procedure at each level"); sign-off is always last. */
export const ProcedureStepKind = z.enum(['intake', 'appraisal', 'vote', 'signoff'], {
  error: 'must be "intake", "appraisal", "vote" or "signoff"',
});
/** A step of the procedure at one level. */
export type ProcedureStepKind = z.infer<typeof ProcedureStepKind>;

/** An ordered list of steps without repeats, ending with the chair's sign-off. */
export const ProcedureSteps = z
  .array(ProcedureStepKind)
  .min(1, { error: 'steps must list at least the sign-off' })
  .superRefine((steps, ctx) => {
    if (steps[steps.length - 1] !== 'signoff') {
      ctx.addIssue({ code: 'custom', path: [steps.length - 1], message: 'the last step must be "signoff"' });
    }
    const order = ProcedureStepKind.options;
    steps.forEach((s, i) => {
      const previous = steps[i - 1];
      if (previous !== undefined && order.indexOf(s) <= order.indexOf(previous)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `step "${s}" must come after "${previous}" and appear once`,
        });
      }
    });
  });
/** An ordered list of steps ending with the sign-off. */
export type ProcedureSteps = z.infer<typeof ProcedureSteps>;

/** What happens when the council vote fails: the nomination is rejected there, or returned below. */
export const OnVoteFailed = z.enum(['reject', 'return'], { error: 'must be "reject" or "return"' });
/** What happens when the council vote fails. */
export type OnVoteFailed = z.infer<typeof OnVoteFailed>;

/**
 * A vote threshold as data: the share of ALL council members that must vote for. `strict` means
 * "more than" (a simple majority is more than half), otherwise "at least".
 */
export const VoteThresholdRule = z.object({
  minShare: z.number().gt(0).max(1),
  strict: z.boolean().optional(),
});
/** A vote threshold as data. */
export type VoteThresholdRule = z.infer<typeof VoteThresholdRule>;

/** The procedure defaults of a rule set; awards may override them. */
export const ProcedureRules = z.object({
  /** The steps a level runs for an award on the normal procedure. */
  defaultSteps: ProcedureSteps,
  /** The steps of the simplified procedure (an award with `simplifiedProcedure`, e.g. BK_DX). */
  simplifiedSteps: ProcedureSteps,
  /** Steps the nominating unit's own level leaves out (it prepared the dossier, so no intake). */
  nominatingLevelSkips: z.array(ProcedureStepKind).optional(),
  onVoteFailed: OnVoteFailed,
  /** Threshold per class, counted on all council members (NĐ 98/2023 Art. 30(7)). */
  voteThresholds: z.object({ majority: VoteThresholdRule, percent80: VoteThresholdRule, percent90: VoteThresholdRule }),
});
/** The procedure defaults of a rule set. */
export type ProcedureRules = z.infer<typeof ProcedureRules>;

/** An award's own procedure, overriding the rule set's defaults (all optional). */
export const AwardProcedure = z.object({
  steps: ProcedureSteps.optional(),
  /** Steps per level where the award differs by level (e.g. only the granting level votes). */
  levels: z.array(z.object({ level: OrgLevel, steps: ProcedureSteps })).optional(),
  nominatingLevelSkips: z.array(ProcedureStepKind).optional(),
  onVoteFailed: OnVoteFailed.optional(),
});
/** An award's own procedure overrides. */
export type AwardProcedure = z.infer<typeof AwardProcedure>;

/** Training levels, lowest first; LDST is open to nominees trained up to college (cao đẳng). */
export const TrainingLevel = z.enum(['none', 'vocational', 'intermediate', 'college', 'university', 'postgraduate'], {
  error: 'must be none, vocational, intermediate, college, university or postgraduate',
});
/** Training levels, lowest first. */
export type TrainingLevel = z.infer<typeof TrainingLevel>;
