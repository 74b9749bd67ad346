import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { defaultRuleSets, demoOrgTree, levelOfKind, OrgTree, RuleSet, type OrgTreeData } from '@vinhdanh/domain';
import { demoCampaigns, type DemoCampaign } from './demo-campaigns';
import { DEMO_PASSWORD, demoPersonKey, demoUsers, type DemoUser } from './demo-users';

/** What `seedDemo` needs from outside: the API's password hasher, so hashes have its format. */
export interface SeedDemoOptions {
  hashPassword: (plain: string) => Promise<string>;
  orgTree?: OrgTreeData;
  ruleSets?: readonly RuleSet[];
  campaigns?: readonly DemoCampaign[];
  users?: readonly DemoUser[];
}

/** Row counts after a seed, for logs and tests. */
export interface SeedSummary {
  units: number;
  links: number;
  ruleSets: number;
  campaigns: number;
  users: number;
}

// Demo role grants start on a fixed instant so re-seeding hits the same primary key.
const ROLES_VALID_FROM = '2024-01-01T00:00:00+07:00';

/** Inserts the campaigns, or updates them by id (a re-seed). */
export async function upsertCampaigns(db: Kysely<Database>, campaigns: readonly DemoCampaign[]): Promise<void> {
  for (const c of campaigns) {
    const values = {
      code: c.code,
      name: c.name,
      kind: c.kind,
      rule_set_version: c.ruleSetVersion,
      award_codes: c.awardCodes,
      opens_on: c.opensOn,
      closes_on: c.closesOn,
      cutoffs: JSON.stringify(c.cutoffs),
    };
    await db
      .insertInto('campaigns')
      .values({ id: c.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
  }
}

/**
 * Loads the demo org tree, rule sets, campaigns and users. Idempotent: every row is upserted by
 * its natural key (units and their parent links only inserted when absent, since reorganisations
 * recorded as events change them), so running it again changes nothing but resets demo passwords.
 * Runs in one transaction; validates the tree and rule sets with the domain first.
 */
export async function seedDemo(db: Kysely<Database>, options: SeedDemoOptions): Promise<SeedSummary> {
  const tree = OrgTree.create(options.orgTree ?? demoOrgTree).data;
  const ruleSets = (options.ruleSets ?? defaultRuleSets).map((r) => RuleSet.parse(r));
  const campaigns = options.campaigns ?? demoCampaigns;
  const users = options.users ?? demoUsers;
  // scrypt is slow on purpose: hash before opening the transaction.
  const hashes = await Promise.all(users.map(() => options.hashPassword(DEMO_PASSWORD)));

  await db.transaction().execute(async (trx) => {
    for (const unit of tree.units) {
      const row = {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        level: levelOfKind(unit.kind),
        member_count: unit.memberCount,
        dissolved_on: unit.dissolvedOn ?? null,
      };
      // A unit already there keeps its row: its dissolution or moves may since be events of its stream.
      await trx
        .insertInto('units')
        .values(row)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    for (const link of tree.links) {
      await trx
        .insertInto('unit_parents')
        .values({ unit_id: link.unitId, parent_id: link.parentId, valid_from: link.validFrom, valid_to: link.validTo })
        .onConflict((oc) => oc.columns(['unit_id', 'valid_from']).doNothing())
        .execute();
    }
    for (const ruleSet of ruleSets) {
      const values = {
        effective_from: ruleSet.effectiveFrom,
        effective_to: ruleSet.effectiveTo ?? null,
        body: JSON.stringify(ruleSet),
      };
      await trx
        .insertInto('rule_sets')
        .values({ version: ruleSet.version, ...values })
        .onConflict((oc) => oc.column('version').doUpdateSet(values))
        .execute();
    }
    await upsertCampaigns(trx, campaigns);
    for (const [i, user] of users.entries()) {
      const { id } = await trx
        .insertInto('users')
        .values({
          username: user.username,
          full_name: user.fullName,
          password_hash: hashes[i],
          // Demo addresses: mail goes out only when SMTP_URL points at a server.
          email: `${user.username}@demo.vinhdanh.vn`,
          person_key: demoPersonKey(user.username),
          active: true,
        })
        .onConflict((oc) =>
          oc.expression(sql`lower(username)`).doUpdateSet({
            full_name: user.fullName,
            password_hash: hashes[i],
            email: `${user.username}@demo.vinhdanh.vn`,
            person_key: demoPersonKey(user.username),
            active: true,
          }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('user_roles')
        .values({ user_id: id, unit_id: user.unitId, role: user.role, valid_from: ROLES_VALID_FROM, valid_to: null })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  });
  return {
    units: tree.units.length,
    links: tree.links.length,
    ruleSets: ruleSets.length,
    campaigns: campaigns.length,
    users: users.length,
  };
}
