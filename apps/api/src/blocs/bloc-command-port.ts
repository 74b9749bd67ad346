import type { Kysely } from 'kysely';
import type { BlocCommandPort, BlocProposal } from '@vinhdanh/activities';
import { blocStreamId } from '@vinhdanh/contracts';
import { listCampaigns, type Database } from '@vinhdanh/db';
import { renderDocument } from '@vinhdanh/documents';
import { blocAggregate, vietnamDateOf, type BlocCommand, type BlocState } from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { storeAttachment } from '../attachments/attachments.repository';
import { CommandHandler, type CommandActor } from '../core/command-handler';
import { blocMinutesData } from './bloc-minutes';
import { projectBlocEvents } from './blocs.projection';

/** The bloc-year workflow as the events name it. */
export const BLOC_YEAR_ACTOR_ID = 'system:bloc-year';
const ACTOR_NAME = 'Hệ thống (năm thi đua của khối)';

/**
 * The bloc commands the bloc-year workflow's activities run, through the same command handler and
 * projection as the HTTP routes (the worker builds it; nothing of the path is repeated).
 */
export function createBlocCommandPort(deps: {
  db: Kysely<Database>;
  store: EventStore;
  clock: () => Date;
}): BlocCommandPort {
  const handler = new CommandHandler(deps.db, deps.store);
  const load = async (blocId: string): Promise<BlocState> =>
    (await handler.load(blocAggregate, blocStreamId(blocId))).state;
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
      await handler.execute({
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
      const none = (reason: string): BlocProposal => ({
        unitId: winner,
        minutesAttachmentId: null,
        campaignId: null,
        nominationId: null,
        nominationInput: null,
        notStartedReason: reason,
      });
      if (!state || !y || !winner) return none('Khối chưa suy tôn được đơn vị dẫn đầu.');
      const now = deps.clock();
      const today = vietnamDateOf(now.toISOString());
      // The minutes are filed by the organiser's emulation office: stored as uploaded by one of its people.
      const office = await deps.db
        .selectFrom('user_roles')
        .select('user_id')
        .where('unit_id', '=', state.organiserUnitId)
        .where('role', 'in', ['unit_admin', 'reviewer', 'chair'])
        .orderBy('user_id')
        .executeTakeFirst();
      let minutesAttachmentId: string | null = null;
      if (office) {
        const minutes = await renderDocument('bien-ban-hoi-dong', blocMinutesData(state, year), 'pdf', {
          documentDate: y.meeting?.heldOn ?? today,
          title: `Biên bản họp ${state.name} năm ${year}`,
        });
        const stored = await storeAttachment(deps.db, {
          content: Buffer.from(minutes.bytes),
          contentType: 'application/pdf',
          fileName: `Biên bản họp ${state.name} năm ${year}.pdf`,
          uploadedBy: office.user_id,
          idempotencyKey: `bloc-minutes:${blocId}:${year}`,
          now,
        });
        minutesAttachmentId = stored.id;
      }
      const campaign = (await listCampaigns(deps.db, { openOn: today })).find((c) =>
        c.awardCodes.includes(y.awardCode),
      );
      const base = { unitId: winner, minutesAttachmentId, campaignId: campaign?.id ?? null, nominationId: null };
      if (!campaign) {
        return {
          ...base,
          nominationInput: null,
          notStartedReason: `Chưa có đợt thi đua đang mở nhận đề nghị ${y.awardCode === 'CO_TINH' ? 'Cờ thi đua của Liên đoàn Lao động tỉnh' : 'Cờ thi đua của Tổng Liên đoàn'}; biên bản họp khối đã lưu để kèm hồ sơ.`,
        };
      }
      // The dossier of a collective needs what only the unit can state (members, share of women, its
      // report): the unit completes it on the normal submission path with the minutes already filed.
      return {
        ...base,
        nominationInput: null,
        notStartedReason: `Đơn vị dẫn đầu khối hoàn thiện hồ sơ (số đoàn viên, tỷ lệ nữ, báo cáo thành tích) và gửi trong đợt "${campaign.name}"; biên bản họp khối đã lưu để kèm hồ sơ.`,
      };
    },
  };
}
