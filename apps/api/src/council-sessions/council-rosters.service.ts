import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { councilRosterStreamId } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import {
  councilRosterAggregate,
  rosterAsOf,
  vietnamDateOf,
  type CouncilMembership,
  type CouncilRosterCommand,
} from '@vinhdanh/domain';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import type { AppointCouncilMemberRequest, EndCouncilMembershipRequest } from './council-rosters.schemas';

/** A unit's council roster: every membership, and the members in force on `asOf`. */
export interface CouncilRosterView {
  unitId: string;
  asOf: string;
  /** In force on `asOf`, chair first, then the secretary, then members. */
  members: CouncilMembership[];
  memberships: CouncilMembership[];
}

/** The roster stream (`council-roster-<unitId>`) through the command handler; no read model: it is folded. */
@Injectable()
export class CouncilRostersService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
  ) {}

  /** The roster in force on a day; the unit's approvers (who run its sessions) and oversight read it. */
  async get(user: Principal, unitId: string, asOf?: string): Promise<CouncilRosterView> {
    // Units are public (GET /api/units): an unknown one is a 404 before the role check.
    await this.unit(unitId);
    assertMay(user, 'councilSession.run', unitId);
    const { state } = await this.commands.load(councilRosterAggregate, councilRosterStreamId(unitId));
    const day = asOf ?? vietnamDateOf(this.clock().toISOString());
    return { unitId, asOf: day, members: rosterAsOf(state, day), memberships: state?.memberships ?? [] };
  }

  /** The members in force on a day (what a session convened that day sits with). */
  async membersAsOf(unitId: string, day: string): Promise<CouncilMembership[]> {
    const { state } = await this.commands.load(councilRosterAggregate, councilRosterStreamId(unitId));
    return rosterAsOf(state, day);
  }

  appoint(user: Principal, unitId: string, body: AppointCouncilMemberRequest): Promise<CouncilRosterView> {
    return this.run(user, unitId, (now) => ({
      type: 'AppointCouncilMember',
      now,
      unitId,
      member: { ...body, to: body.to ?? null },
    }));
  }

  end(
    user: Principal,
    unitId: string,
    memberId: string,
    body: EndCouncilMembershipRequest,
  ): Promise<CouncilRosterView> {
    return this.run(user, unitId, (now) => ({ type: 'EndCouncilMembership', now, unitId, memberId, to: body.to }));
  }

  private async run(
    user: Principal,
    unitId: string,
    command: (now: string) => CouncilRosterCommand,
  ): Promise<CouncilRosterView> {
    await this.unit(unitId);
    assertMay(user, 'councilSession.run', unitId);
    await this.commands.execute({
      aggregate: councilRosterAggregate,
      streamId: councilRosterStreamId(unitId),
      command: command(this.clock().toISOString()),
      actor: actorOf(user),
      project: async () => undefined,
    });
    return this.get(user, unitId);
  }

  private async unit(unitId: string): Promise<void> {
    const unit = await this.db.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
    if (!unit) throw new ResourceNotFoundError('ORG', unitId, 'đơn vị của Hội đồng');
  }
}
