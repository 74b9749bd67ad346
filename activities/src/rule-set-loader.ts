import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { RuleSet, defaultRuleSets, findRuleSet } from '@vinhdanh/domain';

/** The rule sets shipped with the code, used when the database has no row for a version (fresh test databases). */
const BUILT_IN: readonly RuleSet[] = defaultRuleSets;

/** Raised when a nomination names a rule-set version nobody knows; not retryable. */
export class RuleSetUnknownError extends Error {
  readonly code = 'RULES.UNKNOWN_VERSION';
  constructor(readonly version: string) {
    super(`rule set ${version} is neither in the rule_sets table nor built in`);
    this.name = 'RuleSetUnknownError';
  }
}

/**
 * Loads a rule set by version: the `rule_sets` row, else the built-in one. Versions are immutable
 * (a change is a new version), so each is parsed once per process.
 */
export function createRuleSetLoader(db: Kysely<Database>): (version: string) => Promise<RuleSet> {
  const cache = new Map<string, Promise<RuleSet>>();
  return (version) => {
    let found = cache.get(version);
    if (!found) {
      found = (async () => {
        const row = await db.selectFrom('rule_sets').select('body').where('version', '=', version).executeTakeFirst();
        if (row) return RuleSet.parse(row.body);
        const builtIn = findRuleSet(BUILT_IN, version);
        if (!builtIn) throw new RuleSetUnknownError(version);
        return builtIn;
      })();
      found.catch(() => cache.delete(version));
      cache.set(version, found);
    }
    return found;
  };
}
