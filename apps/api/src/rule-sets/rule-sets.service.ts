import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { ruleSetStreamId } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import {
  RuleSet,
  RuleSetVersionExistsError,
  RuleSetVersionNotFoundError,
  ruleSetVersionAggregate,
  type RuleSetDraftBody,
  type RuleSetVersionCommand,
  type RuleSetVersionState,
} from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError, type FieldError } from '../errors/api-error';
import { zodFieldErrors } from '../errors/zod-field-errors';
import { projectRuleSetVersion } from './rule-sets.projection';
import type { DraftRuleSetRequest, PublishRuleSetRequest, ReviseRuleSetDraftRequest } from './rule-sets.schemas';
import type { RuleSetVersionSummary, RuleSetVersionView } from './rule-sets.view';

const STREAM_PREFIX = 'rule-set-';
const STATUS_LABELS = {
  draft: { vi: 'Đang soạn thảo', en: 'Draft' },
  published: { vi: 'Đã ban hành', en: 'Published' },
} as const;

/** Every problem of a draft body, as field errors under `body.` (Vietnamese first). */
export function draftFieldErrors(version: string, body: RuleSetDraftBody): FieldError[] {
  const errors: FieldError[] = [];
  if (body.version !== undefined && body.version !== version) {
    errors.push({
      field: 'body.version',
      in: 'body',
      rule: 'matches_path',
      message: `Mã phiên bản trong nội dung phải là "${version}", đúng tên phiên bản đang soạn.`,
      message_en: `version must be "${version}", the name this draft is published under`,
    });
  }
  const input = { ...body, version };
  const parsed = RuleSet.safeParse(input);
  if (!parsed.success) {
    errors.push(...zodFieldErrors(parsed.error, input, 'body').map((e) => ({ ...e, field: `body.${e.field}` })));
  }
  return errors;
}

/** Thrown when a draft is published while its body is not a valid rule set (422, every field named). */
export class RuleSetDraftInvalidError extends ApiError {
  constructor(version: string, errors: readonly FieldError[]) {
    super(
      'RULE_SET.INVALID',
      `Bộ quy định ${version} chưa hợp lệ (${errors.length} lỗi), chưa thể ban hành.`,
      `Rule set ${version} is not valid (${errors.length} issue(s)) and cannot be published.`,
      { version },
      errors,
    );
  }
}

/**
 * Phiên bản bộ quy định: a system administrator drafts, validates and publishes rule-set versions.
 * Each version is an aggregate on the command handler (stream `rule-set-<version>`, decided by the
 * domain's pure decider, appended at the revision the editor saw). Publishing also writes the
 * `rule_sets` row in the same transaction (`rule-sets.projection.ts`): that row is what campaigns
 * pin (a foreign key) and workers load.
 */
@Injectable()
export class RuleSetsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
  ) {}

  /** Published versions (API and built-in) and drafts, newest effective date first. */
  async list(): Promise<RuleSetVersionSummary[]> {
    const rows = await this.db
      .selectFrom('rule_sets')
      .select(['version', 'effective_from', 'effective_to', 'body'])
      .execute();
    const streams = await this.db
      .selectFrom('events')
      .select('stream_id')
      .distinct()
      .where('stream_id', 'like', `${STREAM_PREFIX}%`)
      .execute();
    const fromStreams = await Promise.all(streams.map((s) => this.load(s.stream_id.slice(STREAM_PREFIX.length))));
    const byVersion = new Map<string, RuleSetVersionView>();
    for (const { state, revision } of fromStreams) {
      if (state.status !== 'none') byVersion.set(state.version, this.viewOf(state, revision));
    }
    for (const row of rows) {
      if (!byVersion.has(row.version)) byVersion.set(row.version, this.builtInView(row.version, row.body));
    }
    return [...byVersion.values()]
      .map(({ body, validation: _v, ...rest }) => ({
        ...rest,
        awardCount: Array.isArray(body.awards) ? body.awards.length : 0,
      }))
      .sort(
        (a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '') || a.version.localeCompare(b.version),
      );
  }

  /** One version: its body, status and (for a draft) every validation issue. */
  async get(version: string): Promise<RuleSetVersionView> {
    const { state, revision } = await this.load(version);
    if (state.status !== 'none') return this.viewOf(state, revision);
    const row = await this.db.selectFrom('rule_sets').select('body').where('version', '=', version).executeTakeFirst();
    if (!row) throw new RuleSetVersionNotFoundError(version);
    return this.builtInView(version, row.body);
  }

  /** Soạn thảo: starts a new version. The same Idempotency-Key answers with the draft it made. */
  async draft(user: Principal, key: string, body: DraftRuleSetRequest): Promise<RuleSetVersionView> {
    const builtIn = await this.db
      .selectFrom('rule_sets')
      .select('version')
      .where('version', '=', body.version)
      .executeTakeFirst();
    return this.execute(user, body.version, { purpose: 'rule-set-draft', key }, undefined, (state) => {
      // A version shipped with the code has no stream, yet its name is taken for good.
      if (state.status === 'none' && builtIn) throw new RuleSetVersionExistsError(body.version, 'published');
      return {
        type: 'DraftRuleSetVersion',
        version: body.version,
        body: body.body,
        ...(body.reason ? { reason: body.reason } : {}),
        actor: { userId: user.id, name: user.fullName },
        now: this.clock().toISOString(),
      };
    });
  }

  /** Sửa bản thảo: replaces the draft's body (refused once published). */
  async revise(user: Principal, version: string, key: string, body: ReviseRuleSetDraftRequest) {
    const idempotency = { purpose: 'rule-set-revise', key: `${version}\u0000${key}` };
    return this.execute(user, version, idempotency, body.expectedRevision, () => ({
      type: 'ReviseRuleSetDraft',
      version,
      body: body.body,
      actor: { userId: user.id, name: user.fullName },
      now: this.clock().toISOString(),
    }));
  }

  /** Ban hành: publishes a valid draft; 422 naming every field otherwise. */
  async publish(user: Principal, version: string, key: string, body: PublishRuleSetRequest) {
    const idempotency = { purpose: 'rule-set-publish', key: `${version}\u0000${key}` };
    return this.execute(user, version, idempotency, body.expectedRevision, (state) => {
      if (state.status === 'draft') {
        const errors = draftFieldErrors(version, state.body);
        if (errors.length > 0) throw new RuleSetDraftInvalidError(version, errors);
      }
      return {
        type: 'PublishRuleSetVersion',
        version,
        actor: { userId: user.id, name: user.fullName },
        now: this.clock().toISOString(),
      };
    });
  }

  private async execute(
    user: Principal,
    version: string,
    idempotency: { purpose: string; key: string },
    expectedRevision: number | undefined,
    command: (state: RuleSetVersionState) => RuleSetVersionCommand,
  ): Promise<RuleSetVersionView> {
    const streamId = ruleSetStreamId(version);
    const actor = actorOf(user);
    // A retried request (same user, same Idempotency-Key) already did its work: answer with the result.
    if (!(await this.commands.alreadyDone(actor, idempotency))) {
      // The API's own checks (a built-in name, every field of an invalid draft) read the state first;
      // the decider refuses again against the state it is decided on.
      const { state } = await this.load(version);
      await this.commands.execute({
        aggregate: ruleSetVersionAggregate,
        streamId,
        command: command(state),
        actor,
        idempotency,
        expectedVersion: expectedRevision,
        metadata: { ruleSetVersion: version },
        project: (trx, events) => projectRuleSetVersion(trx, events),
      });
    }
    const after = await this.load(version);
    return this.viewOf(after.state, after.revision);
  }

  private async load(version: string): Promise<{ state: RuleSetVersionState; revision: number }> {
    const { state, version: revision } = await this.commands.load(ruleSetVersionAggregate, ruleSetStreamId(version));
    return { state, revision };
  }

  private viewOf(state: RuleSetVersionState, revision: number): RuleSetVersionView {
    if (state.status === 'none') throw new Error('no view of a version that does not exist');
    const body: Record<string, unknown> = state.status === 'draft' ? state.body : state.ruleSet;
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
    const errors = state.status === 'draft' ? draftFieldErrors(state.version, state.body) : [];
    return {
      version: state.version,
      status: state.status,
      statusLabel: STATUS_LABELS[state.status],
      origin: 'published',
      revision,
      title: text('title'),
      regulation: text('regulation'),
      effectiveFrom: text('effectiveFrom'),
      effectiveTo: text('effectiveTo'),
      body,
      draftedAt: state.draftedAt,
      draftedBy: state.draftedBy.name,
      publishedAt: state.status === 'published' ? state.publishedAt : null,
      publishedBy: state.status === 'published' ? state.publishedBy.name : null,
      ...(state.status === 'draft' ? { validation: { valid: errors.length === 0, errors } } : {}),
    };
  }

  private builtInView(version: string, stored: Record<string, unknown>): RuleSetVersionView {
    const ruleSet = RuleSet.parse(stored);
    return {
      version,
      status: 'published',
      statusLabel: STATUS_LABELS.published,
      origin: 'built_in',
      revision: 0,
      title: ruleSet.title,
      regulation: ruleSet.regulation,
      effectiveFrom: ruleSet.effectiveFrom,
      effectiveTo: ruleSet.effectiveTo ?? null,
      body: ruleSet,
      draftedAt: null,
      draftedBy: null,
      publishedAt: null,
      publishedBy: null,
    };
  }
}
