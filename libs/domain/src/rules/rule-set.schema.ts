import { z } from 'zod';
import { IsoDate } from '../shared/dates';
import { OrgLevel } from '../org/org-unit';
import { AwardProcedure, ProcedureRules, TrainingLevel } from './procedure-rules.schema';
import { EligibilityRuleCode } from '../eligibility/eligibility.schema';
import { BlocRules } from '../bloc/bloc.score-sheet';

/**
 * The award codes of the default catalogue (domain.md, "Award types"). A rule set may add its own
 * (a province's local title, e.g. "Công nhân giỏi Thủ đô"), so this list documents, it does not close.
 */
export const DEFAULT_AWARD_CODES = [
  'GK',
  'BK_TINH',
  'BK_TLD',
  'BK_CD',
  'BK_DX',
  'CO_TINH',
  'CO_TLD',
  'LDST',
  'CSTD_TLD',
  'NDC',
  'NVL',
  'KNC',
] as const;

/**
 * The code of an award: data of the rule set, not a closed enum — any upper-case code a published
 * rule set defines. Whether a rule set knows it is checked against that rule set (`awardRuleOf`).
 */
export const AwardCode = z
  .string({ error: 'must be an award code (upper-case letters, digits and "_", e.g. BK_TLD)' })
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, {
    error: 'must be an award code: 2–40 upper-case letters, digits or "_", starting with a letter (e.g. BK_TLD)',
  });
/** The code of an award. */
export type AwardCode = z.infer<typeof AwardCode>;

/** The code of a unit kind (CDCS, CD_XA_PHUONG, LDLD_TINH …): data, so a rule set can name kinds the org tree adds. */
export const UnitKindCode = z
  .string({ error: 'must be a unit kind code (e.g. CDCS)' })
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, { error: 'must be a unit kind code: upper-case letters, digits or "_"' });
/** The code of a unit kind. */
export type UnitKindCode = z.infer<typeof UnitKindCode>;

/** Who can be nominated: a person or a collective (a unit, a team). */
export const NomineeKind = z.enum(['person', 'collective'], { error: 'must be "person" or "collective"' });
/** Who can be nominated. */
export type NomineeKind = z.infer<typeof NomineeKind>;

/** Council vote threshold class, counted on all council members (NĐ 98/2023 Art. 30(7)). */
export const VoteThreshold = z.enum(['majority', 'percent80', 'percent90'], {
  error: 'must be "majority", "percent80" or "percent90"',
});
/** Council vote threshold class. */
export type VoteThreshold = z.infer<typeof VoteThreshold>;

/** Kinds of dossier attachments: tờ trình, báo cáo thành tích, biên bản, sáng kiến, khác. */
export const AttachmentKind = z.enum(['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'SANG_KIEN', 'KHAC'], {
  error: 'must be TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN, SANG_KIEN or KHAC',
});
/** Kinds of dossier attachments. */
export type AttachmentKind = z.infer<typeof AttachmentKind>;

const count = z.number().int().min(0);
const share = z.number().min(0).max(1);

/** A quota on an award: per unit (absolute or a share of members) or national. */
export const QuotaRule = z.object({
  scope: z.enum(['unit', 'national']),
  /** For unit quotas, the level of the unit the quota is counted at (e.g. 3 = per province-level unit). */
  unitLevel: OrgLevel.optional(),
  period: z.enum(['campaign', 'year', 'theme']),
  max: count.optional(),
  maxShareOfMembers: share.optional(),
  /** For share quotas: the limit never goes below this (a small unit still gets a slot). */
  minimum: count.optional(),
});
/** A quota on an award. */
export type QuotaRule = z.infer<typeof QuotaRule>;

/** An award the nominee must already hold; `enabled` is the 2025 "no ladder" switch. */
export const PrerequisiteRule = z.object({
  awardCode: AwardCode,
  withinYearsBefore: z.number().int().min(1),
  enabled: z.boolean(),
  /** The nominee kinds the ladder applies to; all kinds when absent. */
  nomineeKinds: z.array(NomineeKind).optional(),
  /**
   * How many distinct years inside the window must hold it (1 when absent): CSTĐ TLĐ needs the
   * grassroots title 3 years running — 3 years held within the 3 years before (Law Art. 22).
   */
  minCount: z.number().int().min(1).optional(),
});
/** An award the nominee must already hold. */
export type PrerequisiteRule = z.infer<typeof PrerequisiteRule>;

/** Conditions on a person nominee. */
export const PersonConditions = z.object({
  nonLeaderOnly: z.boolean().optional(),
  directWorkerOnly: z.boolean().optional(),
  minDirectWorkYears: count.optional(),
  minUnionWorkYears: count.optional(),
  partTimeYearsMultiplier: z.number().min(1).optional(),
  nonStateFirmYearsMultiplier: z.number().min(1).optional(),
  minSingleInitiativeValueVnd: count.optional(),
  minInitiativesValueVndOverYears: z.object({ valueVnd: count, years: z.number().int().min(1) }).optional(),
  minAppliedInitiatives: count.optional(),
  /**
   * Initiatives count only when applied within this many years up to the campaign year (BK_TLD:
   * the 2 years rated excellent, 1689 Art. 14.1 [S3]); every year counts when absent.
   */
  initiativesWithinYears: z.number().int().min(1).optional(),
  /** Highest training level allowed (LDST: college). */
  maxTrainingLevel: TrainingLevel.optional(),
  /** Lowest training level required (the LĐST tier for university-trained staff [S12]). */
  minTrainingLevel: TrainingLevel.optional(),
  /** Consecutive years rated "hoàn thành xuất sắc nhiệm vụ", ending `endingYearsBefore` years before the campaign year. */
  consecutiveExcellentYears: z
    .object({ years: z.number().int().min(1), endingYearsBefore: z.number().int().min(0) })
    .optional(),
});
/** Conditions on a person nominee. */
export type PersonConditions = z.infer<typeof PersonConditions>;

/** One award of the catalogue, as data. Fields marked optional are room for the procedure. */
export const AwardRule = z
  .object({
    code: AwardCode,
    nameVi: z.string().min(1),
    nameEn: z.string().min(1),
    nomineeKinds: z.array(NomineeKind).min(1, { error: 'nomineeKinds must list at least one kind' }),
    grantingLevel: OrgLevel,
    /** Levels a nominating unit may sit at; BK_DX ("any") lists them all. */
    routeStartLevels: z.array(OrgLevel).min(1, { error: 'routeStartLevels must list at least one level' }),
    voteThreshold: VoteThreshold,
    requiredAttachments: z.array(AttachmentKind),
    simplifiedProcedure: z.boolean(),
    quotas: z.array(QuotaRule).optional(),
    prerequisites: z.array(PrerequisiteRule).optional(),
    oncePerPerson: z.boolean().optional(),
    countsAsPrerequisite: z.boolean().optional(),
    exclusivity: z.enum(['comprehensive', 'thematic']).optional(),
    personConditions: PersonConditions.optional(),
    /** Recurrence, e.g. NDC every 5 years from 2023. */
    everyYears: z.object({ interval: z.number().int().min(1), from: z.number().int() }).optional(),
    procedure: AwardProcedure.optional(),
    /**
     * Kinds of unit that may nominate (start the route), e.g. CO_TINH open to CĐCS and the unions
     * directly above them; any kind at a route start level when absent.
     */
    nominatingUnitKinds: z.array(UnitKindCode).min(1).optional(),
    /** Where the rule comes from (law article, decree, union regulation), shown to the people who apply it. */
    source: z.string().min(1).optional(),
  })
  .superRefine((award, ctx) => {
    award.routeStartLevels.forEach((level, i) => {
      if (level > award.grantingLevel) {
        ctx.addIssue({
          code: 'custom',
          path: ['routeStartLevels', i],
          message: `route start level ${level} is above the granting level ${award.grantingLevel}`,
        });
      }
    });
  });
/** One award of the catalogue. */
export type AwardRule = z.infer<typeof AwardRule>;

/** Deadline and escalation data, in working days. */
export const DeadlineRules = z.object({
  processingWorkingDays: z.number().int().min(1),
  intakeReturnWorkingDays: z.number().int().min(1),
  remindAtShare: share.optional(),
  stuckAfterGraceWorkingDays: count.optional(),
  onStuck: z.enum(['mark_stuck', 'auto_return']).optional(),
});
/** Deadline and escalation data. */
export type DeadlineRules = z.infer<typeof DeadlineRules>;

/**
 * Public disclosure (công khai, domain.md procedure step 5): the nominating unit posts the proposed
 * nomination for `workingDays` working days before forwarding it; `awards` overrides the number per
 * award (0 = no disclosure for that award).
 */
export const DisclosureRules = z.object({
  level: z.literal('nominating', { error: 'level must be "nominating" (the only level that posts)' }),
  workingDays: z.number().int().min(1).max(30),
  awards: z.array(z.object({ awardCode: AwardCode, workingDays: z.number().int().min(0).max(30) })).optional(),
});
/** Public disclosure data. */
export type DisclosureRules = z.infer<typeof DisclosureRules>;

/**
 * Priority to direct workers (Law Art. 5, NQ 07/2020): `awardCodes` limits the awards counted (all
 * when absent). `level` is the level whose units apply it: each unit there keeps the share among the
 * person nominations it approves (forwards or grants) in a campaign — e.g. a provincial federation
 * among what it sends to the TLĐ. Absent: the nominating unit, at submission.
 */
export const DirectWorkerShareRule = z.object({
  minShare: share,
  awardCodes: z.array(AwardCode).min(1).optional(),
  level: OrgLevel.optional(),
});
/** Priority to direct workers. */
export type DirectWorkerShareRule = z.infer<typeof DirectWorkerShareRule>;

/** A versioned, effective-dated rule set: the whole award catalogue and procedure as data. */
export const RuleSet = z
  .object({
    version: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'version must be 1–40 letters, digits, ".", "_" or "-"' }),
    title: z.string().min(1),
    regulation: z.string().min(1),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable().optional(),
    awards: z.array(AwardRule).min(1),
    deadlines: DeadlineRules,
    /** Superseded by `disclosure` (kept so stored bodies still parse): N working days at the nominating level. */
    publicDisclosureWorkingDays: count.optional(),
    /** Shorthand for `directWorkerShare: { minShare }` over every award's person nominations. */
    minDirectWorkerShare: share.optional(),
    /** Public disclosure (công khai) of a proposed nomination before it is forwarded. */
    disclosure: DisclosureRules.optional(),
    /** Priority to direct workers: a minimum share among a unit's person nominations in a campaign. */
    directWorkerShare: DirectWorkerShareRule.optional(),
    /** Eligibility rules whose failure refuses a submission outright; the built-in list when absent. */
    submissionBlockingRules: z.array(EligibilityRuleCode).optional(),
    /** The steps each level runs; without it a level is a single approve/return/reject decision. */
    procedure: ProcedureRules.optional(),
    /** Prerequisite ladders on or off for the whole rule set (NĐ 152 Art. 4(1) drops them); on when absent. */
    prerequisiteLadders: z.boolean().optional(),
    /**
     * Conflict of interest: `excludeOwnUnit` also bars people of the nominating unit from
     * acting on its nominations at the levels above. Nobody acts on their own or a declared relative's anyway.
     */
    conflictOfInterest: z.object({ excludeOwnUnit: z.boolean().default(false) }).optional(),
    /**
     * Versions this one replaces from its `effectiveFrom` (a new regulation came into force while
     * they were still open-ended or ran longer): those stay pinned where campaigns pinned them, but
     * the date lookup and new campaigns use this one.
     */
    supersedes: z.array(z.string().min(1)).optional(),
    /** The official form each dossier document follows (e.g. NĐ 152/2025 Mẫu 01 tờ trình). */
    dossierTemplates: z
      .array(z.object({ kind: AttachmentKind, template: z.string().min(1), source: z.string().min(1) }))
      .optional(),
    /** The principles the rule set applies, each with its source (shown to the people who apply them). */
    principles: z
      .array(z.object({ code: z.string().min(1), textVi: z.string().min(1), source: z.string().min(1) }))
      .optional(),
    /**
     * Emulation blocs (khối, cụm thi đua): the covenant's score table and the alert thresholds. Optional,
     * so versions published before it keep their bodies; a bloc year without it uses the default table.
     */
    blocs: BlocRules.optional(),
  })
  .superRefine((ruleSet, ctx) => {
    if (ruleSet.effectiveTo != null && ruleSet.effectiveTo <= ruleSet.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'effectiveTo must be after effectiveFrom' });
    }
    const seen = new Set<string>();
    ruleSet.awards.forEach((award, i) => {
      if (seen.has(award.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['awards', i, 'code'],
          message: `award ${award.code} appears more than once`,
        });
      }
      seen.add(award.code);
    });
    // Every award a rule refers to must be in this catalogue, or the rule silently never applies.
    const known = new Set(ruleSet.awards.map((a) => a.code));
    const refersTo = (code: string, path: (string | number)[]) => {
      if (!known.has(code)) {
        ctx.addIssue({ code: 'custom', path, message: `award ${code} is not in this rule set's catalogue` });
      }
    };
    ruleSet.awards.forEach((award, i) =>
      award.prerequisites?.forEach((p, j) => refersTo(p.awardCode, ['awards', i, 'prerequisites', j, 'awardCode'])),
    );
    ruleSet.disclosure?.awards?.forEach((a, i) => refersTo(a.awardCode, ['disclosure', 'awards', i, 'awardCode']));
    ruleSet.directWorkerShare?.awardCodes?.forEach((c, i) => refersTo(c, ['directWorkerShare', 'awardCodes', i]));
  });

/** A versioned, effective-dated rule set. */
export type RuleSet = z.infer<typeof RuleSet>;
