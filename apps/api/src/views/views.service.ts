import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import { ForbiddenError } from '../auth/auth.errors';
import { assertMay, POLICY } from '../auth/policy';
import { hasRoleAt, type Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { RequestValidationError, ResourceNotFoundError, type FieldError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { ZodValidationPipe } from '../validation/zod.pipe';
import { TooManyViewsError, ViewNameTakenError } from './views.errors';
import * as repo from './views.repository';
import {
  updateViewRequest,
  type CreateViewRequest,
  type SavedView,
  type ViewList,
  type ViewShare,
  type ViewTarget,
} from './views.schemas';

/** A user keeps at most this many views; shared lists show at most `MAX_SHARED`. */
export const MAX_VIEWS_PER_USER = 100;
const MAX_SHARED = 200;
// Only the desk's users can use a stuck-desk view, so only they may save one or be its audience.
const STUCK_ROLES: readonly UserRole[] = POLICY['views.shareStuck'].roles;

const isUniqueViolation = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';

/**
 * Saved views: a user's named inbox or stuck-desk filter and sort, shareable with everyone who
 * holds a role at a unit. A view only stores a filter: each viewer's list stays scoped to their own
 * roles, so sharing a view never shows anyone a task they could not already see.
 */
@Injectable()
export class ViewsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** My views and those shared with a role I hold at a unit, by name. */
  async list(user: Principal, target?: ViewTarget): Promise<ViewList> {
    const [mine, shared] = await Promise.all([
      repo.listOwnViews(this.db, user.id, target),
      repo.listSharedViews(this.db, user.id, user.roles, target, MAX_SHARED),
    ]);
    const present = await this.presenter([...mine, ...shared], user);
    return { mine: mine.map(present), sharedWithMe: shared.map(present) };
  }

  /** One view I own or that is shared with me (404 otherwise: others' views are not disclosed). */
  async get(user: Principal, id: string): Promise<SavedView> {
    const view = await repo.findView(this.db, id);
    if (!view || !(await this.maySee(user, view))) throw notFound(id);
    return this.one(view, user);
  }

  /** Saves a view; the same Idempotency-Key returns the view it created. */
  async create(user: Principal, body: CreateViewRequest, key: string): Promise<SavedView> {
    this.assertMayUse(user, body.target);
    await this.assertShares(body.target, body.shares);
    const id = deterministicUuid('saved-view', user.id, key);
    const existing = await repo.findView(this.db, id);
    if (existing) return this.one(existing, user);
    if ((await repo.countOwnViews(this.db, user.id)) >= MAX_VIEWS_PER_USER) {
      throw new TooManyViewsError(MAX_VIEWS_PER_USER);
    }
    await this.write(body.name, () => repo.insertView(this.db, { ...body, id, ownerId: user.id }));
    return this.get(user, id);
  }

  /** Renames, refilters, resorts or reshares my view (403 on a view only shared with me). */
  async update(user: Principal, id: string, rawBody: unknown): Promise<SavedView> {
    const view = await this.owned(user, id);
    const change = new ZodValidationPipe(updateViewRequest(view.target), 'body').transform(rawBody);
    if (change.shares) await this.assertShares(view.target, change.shares);
    await this.write(change.name ?? view.name, () => repo.updateView(this.db, id, change, this.clock()));
    return this.get(user, id);
  }

  /** Deletes my view (403 on a view only shared with me). */
  async remove(user: Principal, id: string): Promise<void> {
    await this.owned(user, id);
    await repo.deleteView(this.db, id);
  }

  private async owned(user: Principal, id: string): Promise<repo.StoredView> {
    const view = await repo.findView(this.db, id);
    if (!view || !(await this.maySee(user, view))) throw notFound(id);
    if (view.ownerId !== user.id) throw new ForbiddenError(['owner']);
    return view;
  }

  private async maySee(user: Principal, view: repo.StoredView): Promise<boolean> {
    if (view.ownerId === user.id) return true;
    const shares = (await repo.sharesOf(this.db, [view.id])).get(view.id) ?? [];
    return shares.some((s) => hasRoleAt(user, [s.role], s.unitId));
  }

  private assertMayUse(user: Principal, target: ViewTarget): void {
    if (target === 'stuck') assertMay(user, 'views.shareStuck');
  }

  private async assertShares(target: ViewTarget, shares: readonly ViewShare[]): Promise<void> {
    const known = await repo.existingUnits(this.db, [...new Set(shares.map((s) => s.unitId))]);
    const errors: FieldError[] = [];
    shares.forEach((s, i) => {
      if (!known.has(s.unitId)) {
        errors.push({
          field: `shares[${i}].unitId`,
          in: 'body',
          rule: 'exists',
          message: `Không có đơn vị "${s.unitId}".`,
          message_en: `unit "${s.unitId}" does not exist`,
        });
      }
      if (target === 'stuck' && !STUCK_ROLES.includes(s.role)) {
        errors.push({
          field: `shares[${i}].role`,
          in: 'body',
          rule: 'enum',
          message: 'Bộ lọc bàn điều phối chỉ chia sẻ được cho unit_admin hoặc system_admin.',
          message_en: 'a stuck-desk view can be shared only with unit_admin or system_admin',
        });
      }
    });
    if (errors.length) throw new RequestValidationError(errors);
  }

  private async write(name: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (err) {
      if (isUniqueViolation(err)) throw new ViewNameTakenError(name);
      throw err;
    }
  }

  private async one(view: repo.StoredView, user: Principal): Promise<SavedView> {
    return (await this.presenter([view], user))(view);
  }

  private async presenter(views: repo.StoredView[], user: Principal): Promise<(v: repo.StoredView) => SavedView> {
    const shares = await repo.sharesOf(
      this.db,
      views.map((v) => v.id),
    );
    return (v) => ({
      id: v.id,
      name: v.name,
      target: v.target,
      filter: v.filter,
      sort: v.sort,
      owner: { id: v.ownerId, fullName: v.ownerName },
      mine: v.ownerId === user.id,
      shares: shares.get(v.id) ?? [],
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
    });
  }
}

function notFound(id: string): ResourceNotFoundError {
  return new ResourceNotFoundError('SAVED_VIEW', id, 'bộ lọc đã lưu');
}
