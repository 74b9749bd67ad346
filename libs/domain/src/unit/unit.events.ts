import { z } from 'zod';

// The shapes below are the ones written since units were first recorded as events (without a
// schema); new fields are optional so every stored event still parses unchanged.

/** A pair of units a reorganisation swaps on the routes of nominations still waiting. */
export const UnitReplacement = z.object({ fromUnitId: z.string(), toUnitId: z.string().nullable() });
export type UnitReplacement = z.infer<typeof UnitReplacement>;

/** A unit was created under a parent from a date. */
export const UnitCreated = z.object({
  type: z.literal('UnitCreated'),
  data: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    memberCount: z.number().int().nullable().optional(),
    parentId: z.string(),
    effectiveFrom: z.string(),
  }),
});

/** The unit's name changed (the old name stays in its history). */
export const UnitRenamed = z.object({
  type: z.literal('UnitRenamed'),
  data: z.object({ from: z.string(), to: z.string() }),
});

/**
 * The unit moved under another parent from a date; `reorganisationId` names the job that moves
 * waiting nominations (null when none waits on a changed unit).
 */
export const UnitReparented = z.object({
  type: z.literal('UnitReparented'),
  data: z.object({
    fromParentId: z.string().nullable(),
    parentId: z.string(),
    effectiveFrom: z.string(),
    reorganisationId: z.string().nullable(),
    /** The unit pairs the job swaps; absent on events written before the aggregate was typed. */
    replacements: z.array(UnitReplacement).optional(),
  }),
});

/** The unit was dissolved from a date into a successor, which takes its children. */
export const UnitDissolved = z.object({
  type: z.literal('UnitDissolved'),
  data: z.object({
    effectiveFrom: z.string(),
    successorId: z.string(),
    children: z.array(z.string()),
    reorganisationId: z.string(),
    replacements: z.array(UnitReplacement).optional(),
  }),
});

/**
 * What the `units` table held for a unit whose stream began before its creation was an event (the
 * demo seed, databases older than the typed aggregate): written once, before the first command.
 */
export const UnitRecorded = z.object({
  type: z.literal('UnitRecorded'),
  data: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    memberCount: z.number().int().nullable(),
    dissolvedOn: z.string().nullable(),
  }),
});

/** Every event of a unit stream (`unit-<id>`). */
export const UnitEvent = z.discriminatedUnion('type', [
  UnitCreated,
  UnitRenamed,
  UnitReparented,
  UnitDissolved,
  UnitRecorded,
]);
/** Every event of a unit stream (`unit-<id>`). */
export type UnitEvent = z.infer<typeof UnitEvent>;
