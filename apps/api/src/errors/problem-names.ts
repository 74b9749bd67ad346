import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { DB } from '../core/tokens';
import { buildLabels } from '../directory/labels';
import type { ProblemDocument } from './problem';
import { humaniseText, idCandidates, type NameBook } from './vietnamese-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Codes whose names the server owns: awards (rule sets), attachment kinds, events, statuses, roles. */
export function codeNames(): Map<string, string> {
  const labels = buildLabels();
  const codes = new Map<string, string>();
  for (const table of [labels.awards, labels.attachmentKinds, labels.events, labels.statuses, labels.roles]) {
    for (const [code, label] of Object.entries(table)) codes.set(code, label.vi);
  }
  return codes;
}

/**
 * Whose ids are looked up: not a not-found answer (the caller may not be allowed to see what the id
 * names), and not a 5xx (the database may be the thing that is down; the answer must not wait on it).
 */
function namesIds(problem: ProblemDocument): boolean {
  return !problem.code.endsWith('.NOT_FOUND') && problem.status !== 404 && problem.status < 500;
}

/** Longest wait for names: past it the text goes out with its ids rather than late. */
const LOOKUP_TIMEOUT_MS = 2000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('name lookup timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Renders problem documents for people: their `detail` and field messages with names in place of
 * codes and ids and Vietnam time in place of ISO stamps. Ids are looked up only for what the text
 * mentions (units, campaigns, users); if the database cannot answer, the codes are still named.
 */
@Injectable()
export class ProblemNames {
  private readonly codes = codeNames();

  constructor(@Optional() @Inject(DB) private readonly db?: Kysely<Database>) {}

  /** The book for the given texts: the static code names plus the names of the ids they mention. */
  async bookFor(texts: readonly string[]): Promise<NameBook> {
    const ids = new Map<string, string>();
    const wanted = [...new Set(texts.flatMap(idCandidates))].slice(0, 50);
    if (this.db && wanted.length > 0) {
      const uuids = wanted.filter((id) => UUID.test(id));
      try {
        const [units, campaigns, users] = await within(
          LOOKUP_TIMEOUT_MS,
          Promise.all([
            this.db.selectFrom('units').select(['id', 'name']).where('id', 'in', wanted).execute(),
            uuids.length
              ? this.db.selectFrom('campaigns').select(['id', 'name']).where('id', 'in', uuids).execute()
              : Promise.resolve([]),
            uuids.length
              ? this.db.selectFrom('users').select(['id', 'full_name as name']).where('id', 'in', uuids).execute()
              : Promise.resolve([]),
          ]),
        );
        for (const row of [...units, ...campaigns, ...users]) ids.set(row.id, row.name);
      } catch {
        // The database is down (the problem may say so): codes and stamps are still rendered.
      }
    }
    return { codes: this.codes, ids };
  }

  /** Sentences for people built elsewhere (anomaly explanations), rendered the same way. */
  async texts(list: readonly string[]): Promise<string[]> {
    const book = await this.bookFor(list);
    return list.map((text) => humaniseText(text, book));
  }

  /** Timeline entries with their Vietnamese `description` rendered (names, Vietnam time); one lookup. */
  async described<T extends { description: string }>(entries: readonly T[]): Promise<T[]> {
    const vi = await this.texts(entries.map((e) => e.description));
    return entries.map((e, i) => ({ ...e, description: vi[i] ?? e.description }));
  }

  /** The problem with its human text rendered; machine members (`code`, extensions) untouched. */
  async render(problem: ProblemDocument): Promise<ProblemDocument> {
    const [rendered] = await this.renderAll([problem]);
    return rendered as ProblemDocument;
  }

  /** Several problems (a bulk answer's items) with one lookup. */
  async renderAll(problems: readonly ProblemDocument[]): Promise<ProblemDocument[]> {
    const texts = problems.filter(namesIds).flatMap((p) => [p.detail, ...(p.errors ?? []).map((e) => e.message)]);
    const withIds = await this.bookFor(texts);
    const codesOnly: NameBook = { codes: withIds.codes, ids: new Map() };
    return problems.map((p) => {
      const book = namesIds(p) ? withIds : codesOnly;
      return {
        ...p,
        detail: humaniseText(p.detail, book),
        ...(p.errors ? { errors: p.errors.map((e) => ({ ...e, message: humaniseText(e.message, book) })) } : {}),
      };
    });
  }
}

/** Whether a value is a problem document (by its `urn:vinhdanh:problem:` type). */
export function isProblem(value: unknown): value is ProblemDocument {
  const v = value as Partial<ProblemDocument> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.type === 'string' &&
    v.type.startsWith('urn:vinhdanh:problem:') &&
    typeof v.detail === 'string' &&
    typeof v.code === 'string'
  );
}
