import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { answerObjectionUpdate, recordObjectionUpdate, recordPaperDisclosureUpdate } from '@vinhdanh/contracts';
import { loadWorkingCalendar, type Database } from '@vinhdanh/db';
import { assertMay } from '../auth/policy';
import { DB } from '../core/tokens';
import type { Principal } from '../auth/principal';
import { actorOf } from '../nominations/access';
import { deterministicUuid } from '../nominations/idempotency';
import { WorkflowUpdates, type CommandResult } from '../nominations/workflow-updates';
import type { ObjectionAnswerRequest, ObjectionRequest, PaperDisclosureRequest } from './disclosure.schemas';

// Who records an objection (policy `objection.record`): the nominating unit's staff, writing down
// what reached them in person, by letter or by phone; the objector need not have an account. Who
// answers (`objection.answer`): its nominator or chair, the unit answering for its own proposal.

/** Objections and answers during a nomination's public disclosure, sent to its workflow as Updates. */
@Injectable()
export class DisclosureService {
  constructor(
    private readonly updates: WorkflowUpdates,
    @Inject(DB) private readonly db: Kysely<Database>,
  ) {}

  /** Records an objection; its id is derived from (user, Idempotency-Key), so a retry records it once. */
  async recordObjection(
    user: Principal,
    id: string,
    key: string,
    body: ObjectionRequest,
    waitMs: number,
  ): Promise<CommandResult & { objectionId: string }> {
    const n = await this.updates.load(id);
    assertMay(user, 'objection.record', n.nominatingUnitId);
    const objectionId = deterministicUuid('objection', user.id, key);
    const result = await this.updates.send(id, 'objection', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(recordObjectionUpdate, {
        updateId,
        args: [{ actor: actorOf(user, n.nominatingUnitId), objectionId, ...body }],
      }),
    );
    return { ...result, objectionId };
  }

  /** Answers an objection (upheld or not). */
  async answerObjection(
    user: Principal,
    id: string,
    objectionId: string,
    key: string,
    body: ObjectionAnswerRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    assertMay(user, 'objection.answer', n.nominatingUnitId);
    return this.updates.send(id, 'objection-answer', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(answerObjectionUpdate, {
        updateId,
        args: [{ actor: actorOf(user, n.nominatingUnitId), objectionId, answer: body.answer, upheld: body.upheld }],
      }),
    );
  }

  /**
   * Records a disclosure the unit already held on paper (policy `disclosure.recordPaper`): its
   * period counted in working days on the administrators' calendar, each objection given an id
   * fixed by (user, Idempotency-Key, position) so a retry records the same ones. The nomination's
   * decider refuses a period not yet over or shorter than its rule set's.
   */
  async recordPaperDisclosure(
    user: Principal,
    id: string,
    key: string,
    body: PaperDisclosureRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    assertMay(user, 'disclosure.recordPaper', n.nominatingUnitId);
    const calendar = await loadWorkingCalendar(this.db);
    const workingDays = calendar.workingDaysBetween(body.postedOn, body.endedOn);
    const objections = body.objections.map((o, i) => ({
      ...o,
      objectionId: deterministicUuid('paper-objection', user.id, `${key}:${i}`),
    }));
    return this.updates.send(id, 'paper-disclosure', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(recordPaperDisclosureUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, n.nominatingUnitId),
            place: body.place,
            postedOn: body.postedOn,
            endedOn: body.endedOn,
            workingDays,
            objections,
          },
        ],
      }),
    );
  }
}
