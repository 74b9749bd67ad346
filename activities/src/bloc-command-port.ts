import type { Kysely } from 'kysely';
import { blocStreamId } from '@vinhdanh/contracts';
import { listCampaigns, type Database } from '@vinhdanh/db';
import {
  blocAggregate,
  vietnamDateOf,
  type BlocCommand,
  type BlocCommandInput,
  type BlocState,
} from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { CommandRunner, projectBlocEvents, type CommandActor } from '@vinhdanh/projections';

/**
 * How activities run a bloc command: the command runner the API's handler is, with the bloc
 * projection, so a fact the workflow records takes the same path (decide, append at the version
 * loaded, project in the same transaction) as one a person records over HTTP.
 */
export interface BlocCommandPort {
  /** Runs the command as the system; the same `key` again changes nothing (idempotent event ids). */
  run(blocId: string, command: BlocCommandInput, key: string): Promise<void>;
  load(blocId: string): Promise<BlocState>;
  /**
   * The leading unit's proposal for the flag: the open campaign that takes it, and what the unit
   * still has to do. The unit completes the dossier (`POST /api/blocs/{id}/years/{year}/proposal/nomination`),
   * which starts the nomination on the normal path with the biên bản generated from the bloc's events.
   */
  prepareProposal(blocId: string, year: number): Promise<BlocProposal>;
}

/** The proposal the workflow records on the bloc (a child nomination when `nominationInput` is given). */
export interface BlocProposal {
  unitId: string | null;
  minutesAttachmentId: string | null;
  campaignId: string | null;
  nominationId: string | null;
  /** The nomination workflow's input (`NominationWorkflowInput`), when one can start. */
  nominationInput: unknown;
  notStartedReason: string | null;
}

/** The bloc-year workflow as the events name it. */
export const BLOC_YEAR_ACTOR_ID = 'system:bloc-year';
const ACTOR_NAME = 'Hệ thống (năm thi đua của khối)';

/** The flag a bloc's award code stands for, in words. */
const FLAG_NAMES: Record<string, string> = {
  CO_TINH: 'Cờ thi đua của Liên đoàn Lao động tỉnh',
  CO_TLD: 'Cờ thi đua của Tổng Liên đoàn',
};

/** The bloc commands the bloc-year workflow's activities run (built by `createActivities`). */
export function createBlocCommandPort(deps: {
  db: Kysely<Database>;
  store: EventStore;
  clock: () => Date;
}): BlocCommandPort {
  const runner = new CommandRunner(deps.db, deps.store);
  const load = async (blocId: string): Promise<BlocState> =>
    (await runner.load(blocAggregate, blocStreamId(blocId))).state;
  const actor = (state: BlocState): CommandActor => ({
    id: BLOC_YEAR_ACTOR_ID,
    name: ACTOR_NAME,
    username: null,
    unitId: state?.organiserUnitId ?? null,
  });
  return {
    load,
    async run(blocId, command, key) {
      const state = await load(blocId);
      await runner.execute({
        aggregate: blocAggregate,
        streamId: blocStreamId(blocId),
        command: { ...command, blocId, now: deps.clock().toISOString() } as BlocCommand,
        actor: actor(state),
        idempotency: { purpose: 'bloc-year', key },
        project: projectBlocEvents,
      });
    },
    async prepareProposal(blocId, year): Promise<BlocProposal> {
      const state = await load(blocId);
      const y = state?.years[String(year)];
      const winner = y?.meeting?.winnerUnitId ?? null;
      const proposal = (campaignId: string | null, notStartedReason: string): BlocProposal => ({
        unitId: winner,
        minutesAttachmentId: null,
        campaignId,
        nominationId: null,
        nominationInput: null,
        notStartedReason,
      });
      if (!state || !y || !winner) return proposal(null, 'Khối chưa suy tôn được đơn vị dẫn đầu.');
      const today = vietnamDateOf(deps.clock().toISOString());
      const campaign = (await listCampaigns(deps.db, { openOn: today })).find((c) =>
        c.awardCodes.includes(y.awardCode),
      );
      const flag = FLAG_NAMES[y.awardCode] ?? y.awardCode;
      if (!campaign) {
        return proposal(
          null,
          `Chưa có đợt thi đua đang mở nhận đề nghị ${flag}; khi đợt thi đua mở, đơn vị dẫn đầu hoàn thiện hồ sơ, kèm biên bản họp khối.`,
        );
      }
      // A collective's dossier needs what only the unit can state (members, share of women, its
      // report): the unit completes it, and the nomination starts then with the biên bản attached.
      return proposal(
        campaign.id,
        `Đơn vị dẫn đầu khối hoàn thiện hồ sơ đề nghị ${flag} (số đoàn viên, tỷ lệ nữ, báo cáo thành tích, tờ trình) trong đợt "${campaign.name}"; hồ sơ được gửi kèm biên bản họp khối.`,
      );
    },
  };
}
