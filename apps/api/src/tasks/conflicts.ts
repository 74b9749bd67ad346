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
 * The first conflict of interest among `people` on the nomination, or null, in one round trip. Checked: a recusal
 * on record; the nominee's `personKey` equal to the person's own or to a relative they declared;
 * and, where the pinned rule set says `conflictOfInterest.excludeOwnUnit`, a role at the
 * nominating unit while acting at a level above it (at the nominating unit itself the unit's own
 * review is the procedure, not a conflict).
 */
export async function findConflict(
  db: Kysely<Database>,
  n: NominationDetail,
  people: readonly Person[],
  actingUnitId: string,
  at: Date,
): Promise<Conflict | null> {
  for (const person of people) {
    const recusal = n.state.recusals?.find((r) => r.userId === person.userId);
    if (recusal) return { kind: 'recused', person, recusedAt: recusal.at };
  }
  const nominee = n.state.dossier.nominee;
  const personKey = nominee.kind === 'person' ? (nominee.personKey ?? null) : null;
  const ids = people.map((p) => p.userId);
  const ownUnitMatters = actingUnitId !== n.nominatingUnitId;
  // Nothing to look up: an unidentified nominee, acting at the nominating unit itself.
  if (personKey === null && !ownUnitMatters) return null;
  // Every fact the checks need in one round trip; a check that does not apply reads nothing.
  const { rows } = await sql<{
    self_id: string | null;
    relative_user_id: string | null;
    relative_name: string | null;
    relative_relation: string | null;
    rule_set_found: boolean;
    exclude_own_unit: boolean;
    member_id: string | null;
  }>`select
      (select u.id from users u
        where ${personKey}::text is not null and u.id = any(${ids}::uuid[]) and u.person_key = ${personKey}::text
        limit 1) as self_id,
      rel.user_id as relative_user_id, rel.full_name as relative_name, rel.relation as relative_relation,
      rs.version is not null as rule_set_found,
      coalesce((rs.body #>> '{conflictOfInterest,excludeOwnUnit}')::boolean, false) as exclude_own_unit,
      (select r.user_id from user_roles r
        where ${ownUnitMatters} and r.user_id = any(${ids}::uuid[]) and r.unit_id = ${n.nominatingUnitId}
          and r.valid_from <= ${at} and (r.valid_to is null or r.valid_to > ${at})
        limit 1) as member_id
    from (values (1)) as one (x)
    left join lateral (
      select d.user_id, d.full_name, d.relation from relative_declarations d
      where ${personKey}::text is not null and d.user_id = any(${ids}::uuid[]) and d.person_key = ${personKey}::text
      limit 1
    ) rel on true
    left join rule_sets rs on ${ownUnitMatters} and rs.version = ${n.state.ruleSetVersion}`.execute(db);
  const facts = rows[0];
  if (!facts) return null;
  const selfPerson = people.find((p) => p.userId === facts.self_id);
  if (selfPerson) return { kind: 'self', person: selfPerson };
  const relPerson = people.find((p) => p.userId === facts.relative_user_id);
  if (relPerson) {
    return {
      kind: 'relative',
      person: relPerson,
      relative: { fullName: facts.relative_name ?? '', relation: facts.relative_relation ?? '' },
    };
  }
  if (!ownUnitMatters) return null;
  if (!facts.rule_set_found) throw new RuleSetMissingError(n.state.ruleSetVersion);
  if (!facts.exclude_own_unit) return null;
  const memberPerson = people.find((p) => p.userId === facts.member_id);
  if (!memberPerson) return null;
  return {
    kind: 'own_unit',
    person: memberPerson,
    nominatingUnitId: n.nominatingUnitId,
    ruleSetVersion: n.state.ruleSetVersion,
  };
}
