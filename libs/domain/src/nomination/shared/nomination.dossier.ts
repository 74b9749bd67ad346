import { z } from 'zod';
import { AttachmentKind } from '../../rules/rule-set.schema';
import { TrainingLevel } from '../../rules/procedure-rules.schema';
import { Text } from '../../shared/text';

const text = Text;
const year = (field: string) =>
  z
    .number({ error: `${field} must be a year` })
    .int({ error: `${field} must be a whole year` })
    .min(1900, { error: `${field} must be 1900 or later` })
    .max(2100, { error: `${field} must be 2100 or earlier` });

/** A person put forward for an award; leader and direct-worker flags drive priority rules. */
export const PersonNominee = z.object({
  kind: z.literal('person'),
  fullName: text('fullName', 200),
  gender: z.enum(['male', 'female'], { error: 'gender must be "male" or "female"' }),
  birthYear: year('birthYear'),
  position: text('position', 300),
  isLeader: z.boolean({ error: 'isLeader must be true or false' }),
  isDirectWorker: z.boolean({ error: 'isDirectWorker must be true or false' }),
  // Optional fields for the eligibility rules; optional so earlier events still parse.
  /** A stable key of the person (e.g. the union member number) to match award history across nominations. */
  personKey: Text('personKey', 128).optional(),
  /** Years rated "hoàn thành xuất sắc nhiệm vụ". */
  excellentYears: z.array(year('excellentYears[]')).max(60).optional(),
  trainingLevel: TrainingLevel.optional(),
  directWorkYears: z.number().min(0, { error: 'directWorkYears must not be negative' }).max(70).optional(),
  /** Years of union work: full-time, part-time, and part-time in a non-state enterprise. */
  unionWork: z
    .object({
      fullTimeYears: z.number().min(0).max(70),
      partTimeYears: z.number().min(0).max(70),
      partTimeNonStateYears: z.number().min(0).max(70),
    })
    .optional(),
});
/** A person put forward for an award. */
export type PersonNominee = z.infer<typeof PersonNominee>;

/** A collective put forward for an award; `womenShare` (0–1) serves the ≥ 70 % tie-break. */
export const CollectiveNominee = z.object({
  kind: z.literal('collective'),
  name: text('name', 300),
  memberCount: z
    .number({ error: 'memberCount must be a number' })
    .int({ error: 'memberCount must be a whole number' })
    .min(1, { error: 'memberCount must be at least 1' }),
  womenShare: z
    .number({ error: 'womenShare must be a number' })
    .min(0, { error: 'womenShare must be between 0 and 1' })
    .max(1, { error: 'womenShare must be between 0 and 1' }),
  /**
   * The unit of the org tree the collective is, by id, so its award history follows it through a
   * rename or a reorganisation of the units above it. Optional so earlier events still parse.
   */
  unitId: z.string().trim().min(1, { error: 'unitId must not be empty' }).max(100).optional(),
});
/** A collective put forward for an award. */
export type CollectiveNominee = z.infer<typeof CollectiveNominee>;

/** The nominee: a person or a collective. */
export const Nominee = z.discriminatedUnion('kind', [PersonNominee, CollectiveNominee], {
  error: 'kind must be "person" or "collective"',
});
/** The nominee. */
export type Nominee = z.infer<typeof Nominee>;

/** An initiative (sáng kiến) with its benefit in whole VND. */
export const Initiative = z.object({
  title: text('title', 500),
  valueVnd: z
    .number({ error: 'valueVnd must be a number of VND' })
    .int({ error: 'valueVnd must be a whole number of VND' })
    .min(0, { error: 'valueVnd must not be negative' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'valueVnd is too large' }),
  appliedYear: year('appliedYear'),
});
/** An initiative with its benefit in VND. */
export type Initiative = z.infer<typeof Initiative>;

/** A stored document of the dossier, identified by its SHA-256 so any later change shows. */
export const Attachment = z.object({
  kind: AttachmentKind,
  name: text('name', 255),
  sizeBytes: z
    .number({ error: 'sizeBytes must be a number' })
    .int({ error: 'sizeBytes must be a whole number' })
    .min(1, { error: 'sizeBytes must be at least 1' })
    .max(100 * 1024 * 1024, { error: 'sizeBytes must be at most 100 MiB' }),
  sha256: z.string({ error: 'sha256 must be text' }).regex(/^[0-9a-f]{64}$/, {
    error: 'sha256 must be 64 lowercase hexadecimal characters',
  }),
  /** The stored file (`POST /api/attachments`); optional so dossiers recorded before uploads existed still parse. */
  attachmentId: z.uuid({ error: 'attachmentId must be an attachment id (UUID)' }).optional(),
});
/** A stored document of the dossier. */
export type Attachment = z.infer<typeof Attachment>;

/** What a nominating unit submits (and may revise after a return). */
export const Dossier = z.object({
  nominee: Nominee,
  achievements: text('achievements', 20_000),
  initiatives: z.array(Initiative).max(50, { error: 'initiatives must list at most 50 items' }),
  attachments: z.array(Attachment).max(50, { error: 'attachments must list at most 50 files' }),
});
/** What a nominating unit submits. */
export type Dossier = z.infer<typeof Dossier>;
