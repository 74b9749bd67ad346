import type { Kysely } from 'kysely';
import type { Database, NominationDetail } from '@vinhdanh/db';
import { loadStoredRuleSet } from '../nominations/eligibility';
import type { Conflict } from './tasks.errors';

/** A person whose conflicts are checked: the caller, or the colleague a delegate acts for. */
export interface Person {
  userId: string;
  name: string;
}

/**
 * The first conflict of interest among `people` on the nomination, or null. Checked: a recusal
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
  const personKey = nominee.kind === 'person' ? nominee.personKey : undefined;
  const ids = people.map((p) => p.userId);
  if (personKey !== undefined) {
    const self = await db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', ids)
      .where('person_key', '=', personKey)
      .executeTakeFirst();
    const selfPerson = self && people.find((p) => p.userId === self.id);
    if (selfPerson) return { kind: 'self', person: selfPerson };
    const relative = await db
      .selectFrom('relative_declarations')
      .select(['user_id', 'full_name', 'relation'])
      .where('user_id', 'in', ids)
      .where('person_key', '=', personKey)
      .executeTakeFirst();
    const relPerson = relative && people.find((p) => p.userId === relative.user_id);
    if (relative && relPerson) {
      return {
        kind: 'relative',
        person: relPerson,
        relative: { fullName: relative.full_name, relation: relative.relation },
      };
    }
  }
  if (actingUnitId === n.nominatingUnitId) return null;
  const { ruleSet } = await loadStoredRuleSet(db, n.state.ruleSetVersion);
  if (!ruleSet.conflictOfInterest?.excludeOwnUnit) return null;
  const member = await db
    .selectFrom('user_roles')
    .select('user_id')
    .where('user_id', 'in', ids)
    .where('unit_id', '=', n.nominatingUnitId)
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .executeTakeFirst();
  const memberPerson = member && people.find((p) => p.userId === member.user_id);
  if (!memberPerson) return null;
  return {
    kind: 'own_unit',
    person: memberPerson,
    nominatingUnitId: n.nominatingUnitId,
    ruleSetVersion: n.state.ruleSetVersion,
  };
}
