import { sql, type Kysely } from 'kysely';
import type { Database, NominationDetail } from '@vinhdanh/db';
import { RuleSetMissingError } from '../nominations/nominations.errors';
import type { Conflict } from './tasks.errors';

/** A person whose conflicts are checked: the caller, or the colleague a delegate acts for. */
export interface Person {
  userId: string;
  name: string;
}

/**
 * What the conflict checks read about the people who may act: their own person keys, the relatives
 * they declared, the roles they hold at a moment, and each rule set's own-unit rule (a version absent
 * from `excludeOwnUnit` is not stored).
 */
export interface ConflictFacts {
  personKeys: ReadonlyMap<string, string>;
  relatives: readonly { userId: string; fullName: string; relation: string; personKey: string }[];
  roles: readonly { userId: string; unitId: string }[];
  excludeOwnUnit: ReadonlyMap<string, boolean>;
}

/** {@link ConflictFacts} of `userIds` at `at` for the rule-set versions given, in one round trip. */
export async function loadConflictFacts(
  db: Kysely<Database>,
  userIds: readonly string[],
  ruleSetVersions: readonly string[],
  at: Date,
): Promise<ConflictFacts> {
  const ids = [...new Set(userIds)];
  const versions = [...new Set(ruleSetVersions)];
  const { rows } = await sql<{
    keys: { userId: string; personKey: string }[];
    relatives: ConflictFacts['relatives'][number][];
    roles: ConflictFacts['roles'][number][];
    rule_sets: { version: string; excludeOwnUnit: boolean }[];
  }>`select
      coalesce((select json_agg(json_build_object('userId', u.id, 'personKey', u.person_key)) from users u
        where u.id = any(${ids}::uuid[]) and u.person_key is not null), '[]') as keys,
      coalesce((select json_agg(json_build_object('userId', d.user_id, 'fullName', d.full_name,
          'relation', d.relation, 'personKey', d.person_key)) from relative_declarations d
        where d.user_id = any(${ids}::uuid[])), '[]') as relatives,
      coalesce((select json_agg(json_build_object('userId', r.user_id, 'unitId', r.unit_id)) from user_roles r
        where r.user_id = any(${ids}::uuid[]) and r.valid_from <= ${at}
          and (r.valid_to is null or r.valid_to > ${at})), '[]') as roles,
      coalesce((select json_agg(json_build_object('version', rs.version, 'excludeOwnUnit',
          coalesce((rs.body #>> '{conflictOfInterest,excludeOwnUnit}')::boolean, false))) from rule_sets rs
        where rs.version = any(${versions}::text[])), '[]') as rule_sets`.execute(db);
  const row = rows[0];
  return {
    personKeys: new Map((row?.keys ?? []).map((k) => [k.userId, k.personKey])),
    relatives: row?.relatives ?? [],
    roles: row?.roles ?? [],
    excludeOwnUnit: new Map((row?.rule_sets ?? []).map((r) => [r.version, r.excludeOwnUnit])),
  };
}

/** A recusal on record of one of `people`: needs no facts. */
function recusalOf(n: NominationDetail, people: readonly Person[]): Conflict | null {
  for (const person of people) {
    const recusal = n.state.recusals?.find((r) => r.userId === person.userId);
    if (recusal) return { kind: 'recused', person, recusedAt: recusal.at };
  }
  return null;
}

/** True when no check can apply: an unidentified nominee, acting at the nominating unit itself. */
function nothingToCheck(n: NominationDetail, actingUnitId: string): boolean {
  const nominee = n.state.dossier.nominee;
  return !(nominee.kind === 'person' && nominee.personKey) && actingUnitId === n.nominatingUnitId;
}

/**
 * The first conflict of interest among `people` on the nomination, or null, from `facts`. Checked: a
 * recusal on record; the nominee's `personKey` equal to the person's own or to a relative they
 * declared; and, where the pinned rule set says `conflictOfInterest.excludeOwnUnit`, a role at the
 * nominating unit while acting at a level above it (at the nominating unit itself the unit's own
 * review is the procedure, not a conflict).
 */
export function conflictIn(
  facts: ConflictFacts,
  n: NominationDetail,
  people: readonly Person[],
  actingUnitId: string,
): Conflict | null {
  const recused = recusalOf(n, people);
  if (recused || nothingToCheck(n, actingUnitId)) return recused;
  const nominee = n.state.dossier.nominee;
  const personKey = nominee.kind === 'person' ? (nominee.personKey ?? null) : null;
  if (personKey !== null) {
    const selfPerson = people.find((p) => facts.personKeys.get(p.userId) === personKey);
    if (selfPerson) return { kind: 'self', person: selfPerson };
    for (const relative of facts.relatives) {
      const person = relative.personKey === personKey ? people.find((p) => p.userId === relative.userId) : undefined;
      if (person) {
        return { kind: 'relative', person, relative: { fullName: relative.fullName, relation: relative.relation } };
      }
    }
  }
  if (actingUnitId === n.nominatingUnitId) return null;
  const exclude = facts.excludeOwnUnit.get(n.state.ruleSetVersion);
  if (exclude === undefined) throw new RuleSetMissingError(n.state.ruleSetVersion);
  if (!exclude) return null;
  const member = people.find((p) => facts.roles.some((r) => r.userId === p.userId && r.unitId === n.nominatingUnitId));
  if (!member) return null;
  return {
    kind: 'own_unit',
    person: member,
    nominatingUnitId: n.nominatingUnitId,
    ruleSetVersion: n.state.ruleSetVersion,
  };
}

/** The first conflict of interest among `people` on the nomination ({@link conflictIn}), reading its facts. */
export async function findConflict(
  db: Kysely<Database>,
  n: NominationDetail,
  people: readonly Person[],
  actingUnitId: string,
  at: Date,
): Promise<Conflict | null> {
  // A recusal needs no facts; with nothing else to check, nothing is read.
  const recused = recusalOf(n, people);
  if (recused || nothingToCheck(n, actingUnitId)) return recused;
  const ids = people.map((p) => p.userId);
  return conflictIn(await loadConflictFacts(db, ids, [n.state.ruleSetVersion], at), n, people, actingUnitId);
}
