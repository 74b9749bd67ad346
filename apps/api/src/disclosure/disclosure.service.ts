import { Injectable } from '@nestjs/common';
import { answerObjectionUpdate, recordObjectionUpdate } from '@vinhdanh/contracts';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf } from '../nominations/access';
import { deterministicUuid } from '../nominations/idempotency';
import { WorkflowUpdates, type CommandResult } from '../nominations/workflow-updates';
import type { ObjectionAnswerRequest, ObjectionRequest } from './disclosure.schemas';

// Who records an objection (policy `objection.record`): the nominating unit's staff, writing down
// what reached them in person, by letter or by phone; the objector need not have an account. Who
// answers (`objection.answer`): its nominator or chair, the unit answering for its own proposal.

/** Objections and answers during a nomination's public disclosure, sent to its workflow as Updates. */
@Injectable()
export class DisclosureService {
  constructor(private readonly updates: WorkflowUpdates) {}

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
}
