import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { ZodParam, ZodQuery } from '../validation/zod.pipe';
import {
  ListReorganisationsQuery,
  REORGANISATION_EXAMPLE,
  ReorganisationIdParam,
  type ReorganisationView,
} from './reorganisation.schemas';
import { ReorganisationService } from './reorganisation.service';

/**
 * Sắp xếp tổ chức: the background moves a dissolution or re-parenting started (see
 * `/admin/units`): counts of moved, skipped, failed and pending nominations, failures listed, retry.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/reorganisations')
@RequirePermission('reorganisation.read')
export class ReorganisationController {
  constructor(private readonly reorganisations: ReorganisationService) {}

  @Get()
  @ApiOperation({ summary: 'Các đợt sắp xếp tổ chức — reorganisations, newest first, with progress' })
  list(@ZodQuery(ListReorganisationsQuery) query: ListReorganisationsQuery): Promise<ReorganisationView[]> {
    return this.reorganisations.list(query.limit);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Tiến độ chuyển hồ sơ — one reorganisation: status, counts, failures' })
  @ApiResponse({ status: 200, content: { 'application/json': { example: REORGANISATION_EXAMPLE } } })
  get(@ZodParam('id', ReorganisationIdParam) id: string): Promise<ReorganisationView> {
    return this.reorganisations.view(id);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Chạy lại — plan again and retry pending and failed moves (202; poll GET for progress)',
    description:
      'Safe to repeat: each move is one workflow Update with an id fixed by the reorganisation and nomination. ' +
      'A reorganisation dated in the future stays scheduled until its date.',
  })
  @ApiResponse({ status: 202, content: { 'application/json': { example: REORGANISATION_EXAMPLE } } })
  async retry(@ZodParam('id', ReorganisationIdParam) id: string): Promise<ReorganisationView> {
    await this.reorganisations.view(id);
    this.reorganisations.start(id);
    return this.reorganisations.view(id);
  }
}
