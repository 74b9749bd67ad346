import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Config } from '@vinhdanh/config';
import { Public } from '../auth/auth.decorators';
import { PasswordChangeRequiredError, UnauthenticatedError } from '../auth/auth.errors';
import { AuthService } from '../auth/auth.service';
import { assertMay } from '../auth/policy';
import type { HttpRequest as Request, HttpResponse as Response } from '../core/http.types';
import { CONFIG } from '../core/tokens';
import { MetricsService } from './metrics.service';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics: counts of nominations, tasks and commands reveal how the organisation
 * works, so they are not public. A scraper sends `Authorization: Bearer <METRICS_TOKEN>`; a person
 * signs in with the policy's `metrics.read`. (Public for the guard only so the scrape token, which
 * is not a JWT, reaches this check.)
 */
@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly auth: AuthService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @ApiProduces('text/plain')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Số liệu vận hành — Prometheus metrics: projector lag, open and overdue tasks, nominations, commands ' +
      '(METRICS_TOKEN, or a system administrator or auditor)',
  })
  async render(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer) throw new UnauthenticatedError();
    const scrapeToken = this.config.METRICS_TOKEN;
    if (!(scrapeToken && sameSecret(bearer, scrapeToken))) {
      const user = await this.auth.authenticate(bearer);
      if (user.mustChangePassword) throw new PasswordChangeRequiredError();
      assertMay(user, 'metrics.read');
    }
    const text = await this.metrics.render();
    res.setHeader('Content-Type', this.metrics.contentType);
    return text;
  }
}
