import type { WorkflowHandle } from '@temporalio/client';
import {
  answerObjectionUpdate,
  assignTaskUpdate,
  cancelUpdate,
  claimTaskUpdate,
  decideUpdate,
  forceReturnUpdate,
  recordObjectionUpdate,
  releaseTaskUpdate,
  recuseUpdate,
  remindUpdate,
  rerouteUpdate,
  resubmitUpdate,
  withdrawUpdate,
  type DecideArgs,
} from '@vinhdanh/contracts';
import { sampleRoute, sampleSubmitNomination, type SubmitNomination } from '@vinhdanh/domain';

/** What the recorder passes in: record one scenario (kept when its file exists) and the level-N approval. */
export interface ScenarioKit {
  run(name: string, script: (h: WorkflowHandle) => Promise<void>, submit?: Partial<SubmitNomination>): Promise<void>;
  decision(level: number, extra?: Partial<DecideArgs>): DecideArgs;
}

/** How long the recorder's disclosure period lasts (its computeDisclosureEndsAt is shortened to this). */
export const RECORD_DISCLOSURE_MS = 2000;

const person = (n: number, level: number) => ({
  userId: `u-${level}-${n}`,
  name: `Cán bộ ${n} cấp ${level}`,
  unitId: sampleRoute[level - 1].unitId,
});
const admin = { userId: 'u-admin', name: 'Quản trị hệ thống', unitId: sampleRoute[3].unitId };

/**
 * Histories of the Updates added after the first recordings: task ownership and
 * recusal, administrators' interventions, a reorganisation's reroute, and the disclosure period.
 */
export async function recordTaskAndDisclosureScenarios({ run, decision }: ScenarioKit): Promise<void> {
  const nominator = sampleSubmitNomination().actor;
  await run('nomination-tasks-interventions', async (h) => {
    await h.executeUpdate(decideUpdate, { args: [decision(1)] });
    await h.executeUpdate(claimTaskUpdate, { args: [{ actor: person(1, 2) }] });
    await h.executeUpdate(releaseTaskUpdate, { args: [{ actor: person(1, 2), reason: 'Đi công tác.' }] });
    const assignee = { userId: person(2, 2).userId, name: person(2, 2).name };
    await h.executeUpdate(assignTaskUpdate, { args: [{ actor: decision(2).actor, assignee }] });
    await h.executeUpdate(recuseUpdate, {
      args: [{ actor: person(3, 2), reason: 'Người thân của người được đề nghị.' }],
    });
    await h.executeUpdate(remindUpdate, { args: [{ actor: admin, reason: 'Sắp hết hạn xét duyệt.' }] });
    await h.executeUpdate(forceReturnUpdate, { args: [{ actor: admin, reason: 'Bổ sung theo kết luận thanh tra.' }] });
    await h.executeUpdate(resubmitUpdate, { args: [{ actor: nominator, note: 'Đã bổ sung.' }] });
    await h.executeUpdate(cancelUpdate, { args: [{ actor: admin, reason: 'Hồ sơ lập trùng.' }] });
  });
  await run('nomination-reroute', async (h) => {
    await h.executeUpdate(decideUpdate, { args: [decision(1)] });
    const successor = 'cd-xa-ghi-lich-su';
    await h.executeUpdate(rerouteUpdate, {
      args: [
        {
          actor: admin,
          reorganisationId: 'reorg-record',
          fromUnitId: sampleRoute[1].unitId,
          toUnitId: successor,
          reason: 'Giải thể công đoàn cấp huyện; chuyển về công đoàn xã.',
        },
      ],
    });
    const atSuccessor = { ...decision(2), actor: { ...decision(2).actor, unitId: successor }, unitId: successor };
    await h.executeUpdate(decideUpdate, { args: [atSuccessor] });
    await h.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Xin rút hồ sơ.' }] });
  });
  await run(
    'nomination-disclosure',
    async (h) => {
      const chair = decision(1).actor;
      await h.executeUpdate(recordObjectionUpdate, {
        args: [{ actor: nominator, objectionId: 'obj-1', text: 'Chưa đủ hai năm hoàn thành xuất sắc nhiệm vụ.' }],
      });
      await h.executeUpdate(answerObjectionUpdate, {
        args: [{ actor: chair, objectionId: 'obj-1', answer: 'Đã đối chiếu: đủ hai năm.', upheld: false }],
      });
      // Forwarding is refused until the period's timer ends it.
      for (let i = 0; i < 100; i++) {
        const ok = await h.executeUpdate(decideUpdate, { args: [decision(1)] }).then(
          () => true,
          () => false,
        );
        if (ok) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      await h.executeUpdate(withdrawUpdate, { args: [{ actor: nominator, reason: 'Xin rút hồ sơ.' }] });
    },
    { disclosure: { workingDays: 5 } },
  );
}
