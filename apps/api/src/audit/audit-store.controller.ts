import { Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { vietnamDateOf } from '@vinhdanh/domain';
import {
  checkAnchor,
  createAnchor,
  listAnchors,
  unitInboxAsOf,
  verifyStoreSlice,
  type AnchorCheck,
  type AuditSigner,
  type InboxAsOf,
  type IntegrityAnchor,
  type StoreVerification,
} from '@vinhdanh/audit';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import { assertMayReadUnit } from './audit.access';
import { ApiAuditProblems } from './audit.openapi';
import { AnchorIdParam, AsOfQuery, ListAnchorsQuery, UnitIdParam, VerifyStoreRequest } from './audit.schemas';
import { AUDIT_SIGNER, AUDIT_TRUSTED_KEYS } from './audit.tokens';

/** Kiểm toán toàn kho: whole-store verification, signed anchors of every stream head, a unit's inbox as of a time. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditStoreController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_SIGNER) private readonly signer: AuditSigner,
    @Inject(AUDIT_TRUSTED_KEYS) private readonly trustedKeys: readonly string[],
  ) {}

  @Post('verify')
  @HttpCode(200)
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Kiểm tra toàn kho — verify the hash chains of the next `maxStreams` streams after `after`',
    description:
      'Bounded: one request checks whole streams up to maxStreams. Repeat with `after: nextCursor` until ' +
      '`complete`; the counts say how far it got. Stops at the first broken link. Read-only, so safe to repeat.',
  })
  @ApiAuditProblems()
  verifyStore(@ZodBody(VerifyStoreRequest) body: VerifyStoreRequest): Promise<StoreVerification> {
    return verifyStoreSlice(this.db, { after: body.after, maxStreams: body.maxStreams });
  }

  @Post('anchors')
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Neo toàn vẹn — record every stream head and sign their digest (once per Vietnam calendar day)',
    description:
      '201 with the new anchor; 200 with the day’s existing anchor when one was already made (idempotent per day, ' +
      'so no Idempotency-Key is needed). Digest: sha256 over lines `streamId\\tversion\\thash\\n` sorted by the ' +
      'UTF-8 bytes of the stream id; the signed bytes are `signedPayload`.',
  })
  @ApiResponse({ status: 201, description: 'Created.' })
  @ApiResponse({ status: 200, description: 'Today’s anchor already existed.' })
  @ApiAuditProblems()
  async createAnchor(
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<IntegrityAnchor & { created: boolean }> {
    const now = this.clock();
    const { anchor, created } = await createAnchor(this.db, this.signer, {
      day: vietnamDateOf(now.toISOString()),
      now,
      createdBy: user.id,
    });
    res.statusCode = created ? 201 : 200;
    res.setHeader('Location', `/api/audit/anchors/${anchor.id}/check`);
    return { ...anchor, created };
  }

  @Get('anchors')
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'Danh sách neo — anchors, newest day first; page with beforeDay' })
  @ApiQuery({ name: 'limit', required: false, example: 30 })
  @ApiQuery({ name: 'beforeDay', required: false, example: '2026-11-22' })
  @ApiAuditProblems()
  listAnchors(@ZodQuery(ListAnchorsQuery) query: ListAnchorsQuery): Promise<IntegrityAnchor[]> {
    return listAnchors(this.db, query);
  }

  @Get('anchors/:id/check')
  @RequirePermission('audit.read')
  @ApiOperation({
    summary: 'Đối chiếu neo — check the store against a signed anchor',
    description:
      'Verifies the signature with the API’s trusted keys (not the key stored beside it), that the stored heads ' +
      'still digest to the signed value, and that every anchored stream still has the anchored hash at the ' +
      'anchored version, recomputing each chain up to it. Finds a rewrite even when the attacker recomputed the ' +
      'hash chain (hash_differs), and an event edited in place with its hash left untouched (chain_broken).',
  })
  @ApiAuditProblems()
  checkAnchor(@ZodParam('id', AnchorIdParam) id: string): Promise<AnchorCheck> {
    return checkAnchor(this.db, id, this.trustedKeys);
  }

  @Get('units/:unitId/inbox-as-of')
  @ApiOperation({
    summary: 'Hộp việc tại thời điểm — the open tasks of a unit at `at`, folded from the events',
    description:
      'Folds every nomination stream with an event that opened a task at the unit by then (at most 2000; ' +
      '`truncated` says when more exist). Auditors, system admins, or the unit’s administrator.',
  })
  @ApiQuery({ name: 'at', required: true, example: '2026-06-15T09:00:00+07:00' })
  @ApiAuditProblems()
  inboxAsOf(
    @CurrentUser() user: Principal,
    @ZodParam('unitId', UnitIdParam) unitId: string,
    @ZodQuery(AsOfQuery) query: AsOfQuery,
  ): Promise<InboxAsOf> {
    assertMayReadUnit(user, unitId);
    return unitInboxAsOf(this.db, unitId, new Date(query.at));
  }
}
