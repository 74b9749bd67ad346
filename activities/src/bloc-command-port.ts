import type { BlocCommandInput, BlocState } from '@vinhdanh/domain';

/**
 * How activities run a bloc command: the API's one command handler with the bloc projection, so a
 * fact the workflow records takes the same path (decide, append at the version loaded, project in
 * the same transaction) as one a person records over HTTP. Supplied by the worker's composition root.
 */
export interface BlocCommandPort {
  /** Runs the command as the system; the same `key` again changes nothing (idempotent event ids). */
  run(blocId: string, command: BlocCommandInput, key: string): Promise<void>;
  load(blocId: string): Promise<BlocState>;
  /**
   * The leading unit's proposal for the flag: the bloc's minutes generated from its events and
   * stored, and the nomination command for the normal path, or why none could start.
   */
  prepareProposal(blocId: string, year: number): Promise<BlocProposal>;
}

/** The proposal the workflow starts as a nomination (child workflow) and records on the bloc. */
export interface BlocProposal {
  unitId: string | null;
  minutesAttachmentId: string | null;
  campaignId: string | null;
  nominationId: string | null;
  /** The nomination workflow's input (`NominationWorkflowInput`), when one can start. */
  nominationInput: unknown;
  notStartedReason: string | null;
}
