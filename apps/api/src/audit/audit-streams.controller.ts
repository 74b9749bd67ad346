import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { aggregateOfStream } from '@vinhdanh/audit';
import type { VerifyResult } from '@vinhdanh/event-store';
import { RequirePermission } from '../auth/auth.decorators';
import { ProblemNames } from '../errors/problem-names';
import { ZodParam, ZodQuery } from '../validation/zod.pipe';
import { ApiAuditProblems } from './audit.openapi';
import { AsOfQuery } from './audit.schemas';
import { AuditStreamsService, type StreamAsOfResponse, type StreamTimelineResponse } from './audit-streams.service';

/** A stream of a typed aggregate other than a nomination (those have their own endpoints). */
const AggregateStreamParam = z
  .string()
  .max(300)
  .refine((id) => aggregateOfStream(id) !== null, {
    error:
      'streamId must be a campaign-, working-calendar-, quota-, delegation- or relatives- stream id ' +
      '(nominations: /api/audit/nominations/{id})',
  });

/** Kiểm toán dữ liệu quản trị: timeline, state as of an instant and chain check of every other aggregate. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/streams')
@RequirePermission('audit.read')
export class AuditStreamsController {
  constructor(
    private readonly streams: AuditStreamsService,
    private readonly names: ProblemNames,
  ) {}

  @Get(':streamId/timeline')
  @ApiOperation({
    summary: 'Dòng thời gian — every event of a campaign, calendar year, quota, delegation or relatives stream',
    description:
      'Each event with actor, reason, hashes and a line in Vietnamese and English. Auditors and system admins.',
  })
  @ApiParam({ name: 'streamId', example: 'working-calendar-2026' })
  @ApiAuditProblems()
  async timeline(@ZodParam('streamId', AggregateStreamParam) streamId: string): Promise<StreamTimelineResponse> {
    const timeline = await this.streams.timeline(streamId);
    // Read by people: units, users, campaigns and awards by name, times in Vietnam time.
    return { ...timeline, events: await this.names.described(timeline.events) };
  }

  @Get(':streamId/as-of')
  @ApiOperation({
    summary: 'Trạng thái tại thời điểm — the aggregate folded from the events recorded up to `at`',
    description: 'Folds with the aggregate’s own `evolve`, as the command handler does. 404 before its first event.',
  })
  @ApiParam({ name: 'streamId', example: 'working-calendar-2026' })
  @ApiQuery({ name: 'at', required: true, example: '2026-06-15T09:00:00+07:00' })
  @ApiAuditProblems()
  async asOf(
    @ZodParam('streamId', AggregateStreamParam) streamId: string,
    @ZodQuery(AsOfQuery) query: AsOfQuery,
  ): Promise<StreamAsOfResponse> {
    const state = await this.streams.asOf(streamId, query.at);
    const [lastEvent] = state.lastEvent ? await this.names.described([state.lastEvent]) : [null];
    return { ...state, lastEvent: lastEvent ?? null };
  }

  @Get(':streamId/verify')
  @ApiOperation({
    summary: 'Kiểm tra chuỗi băm — recompute the stream’s hash chain from the stored bytes',
    description: 'ok=false names the first broken link. Auditors and system admins.',
  })
  @ApiParam({ name: 'streamId', example: 'working-calendar-2026' })
  @ApiAuditProblems()
  verify(@ZodParam('streamId', AggregateStreamParam) streamId: string): Promise<VerifyResult & { streamId: string }> {
    return this.streams.verify(streamId);
  }
}
