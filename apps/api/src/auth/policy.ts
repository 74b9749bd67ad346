import { USER_ROLES, type UserRole } from '@vinhdanh/db';
import { ForbiddenError } from './auth.errors';
import { hasRoleAt, unitsWithRole, withDelegatedRoles, type Principal } from './principal';

/**
 * Where a permission's role must be held:
 * - `anywhere`: at some unit (routes that then filter by the caller's units);
 * - `unit`: at the unit the action concerns (the open task's, the nominating unit, a path parameter);
 * - `subtree`: at the unit or one above it in the org tree (the administrators' scope).
 */
export type PermissionScope = 'anywhere' | 'unit' | 'subtree';

/** One line of the policy table. */
export interface PermissionRule {
  /** The caller needs one of these roles … */
  readonly roles: readonly UserRole[];
  /** … held where `scope` says. */
  readonly scope: PermissionScope;
  /** Roles a colleague on leave lent by delegation count too (decisions, steps, tasks, the inbox). */
  readonly delegable?: true;
  /** Roles that pass wherever the unit is (system-wide oversight of the same action). */
  readonly anywhereFor?: readonly UserRole[];
}

const ANY_ROLE = USER_ROLES;
const SYSTEM_ADMIN: readonly UserRole[] = ['system_admin'];
const OVERSIGHT: readonly UserRole[] = ['auditor', 'system_admin'];
const APPROVERS: readonly UserRole[] = ['reviewer', 'chair'];

/**
 * Who may do what: every role list the API checks, in one table. The route guards
 * (`@RequirePermission`), the services' unit checks and a nomination's `allowedActions` all read it,
 * so the web shows exactly what the API then accepts.
 */
export const POLICY = {
  // Nominations: reading, and the review climb.
  'nomination.read': { roles: ANY_ROLE, scope: 'unit', delegable: true, anywhereFor: OVERSIGHT },
  'nomination.oversee': { roles: OVERSIGHT, scope: 'anywhere' },
  'nomination.submit': { roles: ['nominator'], scope: 'unit' },
  'nomination.decide': { roles: APPROVERS, scope: 'unit', delegable: true },
  'nomination.signoff': { roles: ['chair'], scope: 'unit', delegable: true },
  'nomination.resubmitAtNominatingUnit': { roles: ['nominator'], scope: 'unit' },
  'nomination.resubmitAbove': { roles: APPROVERS, scope: 'unit' },
  'nomination.withdraw': { roles: ['nominator'], scope: 'unit' },
  'nomination.procedureStep': { roles: APPROVERS, scope: 'unit', delegable: true },
  'nomination.hold': { roles: ['reviewer', 'chair', 'unit_admin'], scope: 'unit', anywhereFor: SYSTEM_ADMIN },
  'nomination.setDeadline': { roles: ['unit_admin'], scope: 'unit', anywhereFor: SYSTEM_ADMIN },
  'nomination.revoke': { roles: ['chair'], scope: 'unit', anywhereFor: SYSTEM_ADMIN },
  'nomination.intervene': { roles: ['unit_admin'], scope: 'subtree', anywhereFor: SYSTEM_ADMIN },
  'inbox.bulkDecide': { roles: APPROVERS, scope: 'anywhere' },
  // Tasks and disclosure.
  'task.assign': { roles: ['chair', 'unit_admin'], scope: 'unit', delegable: true, anywhereFor: SYSTEM_ADMIN },
  'task.actOnHeld': { roles: ['chair'], scope: 'unit', delegable: true },
  'task.assignAbove': { roles: ['unit_admin'], scope: 'subtree' },
  'task.recuse': { roles: ['nominator', 'reviewer', 'chair', 'unit_admin'], scope: 'unit', delegable: true },
  'objection.record': { roles: ['nominator', 'chair', 'reviewer', 'unit_admin'], scope: 'unit' },
  'objection.answer': { roles: ['nominator', 'chair'], scope: 'unit' },
  // A disclosure held on paper is the unit's account of its own posting: whoever answers objections records it.
  'disclosure.recordPaper': { roles: ['nominator', 'chair'], scope: 'unit' },
  'delegation.lend': { roles: APPROVERS, scope: 'unit' },
  'delegation.revokeAny': { roles: SYSTEM_ADMIN, scope: 'anywhere' },
  // Award decisions, councils, documents, blocs, quotas.
  'awardDecision.issue': { roles: ['chair'], scope: 'unit' },
  'awardDecision.file': { roles: ['chair', 'unit_admin'], scope: 'unit' },
  'awardDecision.read': { roles: ['chair', 'reviewer', 'unit_admin', 'auditor'], scope: 'unit' },
  'councilSession.run': { roles: APPROVERS, scope: 'unit' },
  // A đề nghị: its nominator sends it; the unit's chair signs its tờ trình too.
  'batch.submit': { roles: ['nominator'], scope: 'unit' },
  'batch.writeDocuments': { roles: ['nominator', 'chair'], scope: 'unit' },
  'documentTemplate.edit': { roles: ['unit_admin', 'chair', 'system_admin'], scope: 'unit' },
  // Who runs a bloc (the organiser's emulation office), and who acts for a member unit (registers, signs, scores).
  'bloc.organise': { roles: ['unit_admin', 'chair', 'reviewer'], scope: 'unit', anywhereFor: SYSTEM_ADMIN },
  'bloc.member': { roles: ['unit_admin', 'chair', 'reviewer', 'nominator'], scope: 'unit' },
  'quota.readUsage': { roles: ['reviewer', 'chair', 'unit_admin'], scope: 'unit', anywhereFor: OVERSIGHT },
  // Administration.
  'admin.org': { roles: ['unit_admin'], scope: 'subtree', anywhereFor: SYSTEM_ADMIN },
  'admin.system': { roles: SYSTEM_ADMIN, scope: 'anywhere' },
  'admin.stuck': { roles: ['unit_admin'], scope: 'subtree', anywhereFor: SYSTEM_ADMIN },
  'user.grantRole': { roles: ['unit_admin'], scope: 'subtree', anywhereFor: SYSTEM_ADMIN },
  /** Granting these roles, and changing users who hold them, is the system administrator's alone. */
  'user.grantSystemRole': { roles: SYSTEM_ADMIN, scope: 'anywhere' },
  'reorganisation.read': { roles: ['system_admin', 'unit_admin', 'auditor'], scope: 'anywhere' },
  // Reading across units.
  'audit.read': { roles: OVERSIGHT, scope: 'anywhere' },
  'audit.readRoute': { roles: ['nominator', 'reviewer', 'chair', 'unit_admin'], scope: 'unit', anywhereFor: OVERSIGHT },
  'audit.readUnit': { roles: ['unit_admin'], scope: 'unit', anywhereFor: OVERSIGHT },
  'metrics.read': { roles: OVERSIGHT, scope: 'anywhere' },
  'directory.seeAll': { roles: OVERSIGHT, scope: 'anywhere' },
  'reports.read': { roles: ANY_ROLE, scope: 'unit', delegable: true, anywhereFor: OVERSIGHT },
  'views.use': { roles: ANY_ROLE, scope: 'anywhere' },
  'views.shareStuck': { roles: ['unit_admin', 'system_admin'], scope: 'anywhere' },
} as const satisfies Record<string, PermissionRule>;

/** A permission named in the policy table. */
export type Permission = keyof typeof POLICY;

/** The roles that grant `permission` (at its scope), then those that grant it anywhere. */
export function rolesFor(permission: Permission): readonly UserRole[] {
  const rule: PermissionRule = POLICY[permission];
  return [...new Set([...rule.roles, ...(rule.anywhereFor ?? [])])];
}

/** The principal whose roles count for `permission`: delegated roles merged in when the rule allows it. */
function actingFor(user: Principal, rule: PermissionRule): Principal {
  return rule.delegable ? withDelegatedRoles(user) : user;
}

/**
 * True when the caller may do `permission` at `unitId` (at some unit when `unitId` is undefined).
 * A `subtree` rule is checked here at the unit itself; the org-tree walk is the admin scope's
 * (`units.scope.ts`), which starts from `unitsWhere(user, 'admin.org')`.
 */
export function may(user: Principal, permission: Permission, unitId?: string): boolean {
  const rule: PermissionRule = POLICY[permission];
  if (rule.anywhereFor && hasRoleAt(user, rule.anywhereFor)) return true;
  const at = rule.scope === 'anywhere' ? undefined : unitId;
  return hasRoleAt(actingFor(user, rule), rule.roles, at);
}

/** Refuses (403 `AUTH.FORBIDDEN`, naming the roles and the unit) unless the caller may do `permission` there. */
export function assertMay(user: Principal, permission: Permission, unitId?: string): void {
  if (!may(user, permission, unitId)) throw new ForbiddenError(rolesFor(permission), unitId);
}

/** Units where the caller holds a role of `permission` (delegated ones too when the rule allows). */
export function unitsWhere(user: Principal, permission: Permission): string[] {
  const rule: PermissionRule = POLICY[permission];
  return unitsWithRole(actingFor(user, rule), rule.roles);
}

/** True when the caller holds one of `permission`'s roles that grant it wherever the unit is. */
export function mayAnywhere(user: Principal, permission: Permission): boolean {
  const rule: PermissionRule = POLICY[permission];
  return rule.anywhereFor !== undefined && hasRoleAt(user, rule.anywhereFor);
}

/** True when the caller holds one of `permission`'s unit roles at `unitId` itself (not through `anywhereFor`). */
export function holdsAt(user: Principal, permission: Permission, unitId: string): boolean {
  const rule: PermissionRule = POLICY[permission];
  return hasRoleAt(actingFor(user, rule), rule.roles, unitId);
}

/** Where the caller may do a permission: wherever the unit is, or at these units. */
export type Capability = 'anywhere' | string[];

/**
 * What the caller may do, permission by permission (only those they hold somewhere), read from the
 * policy table: the web's menus and forms follow it instead of keeping role lists of their own.
 */
export function capabilitiesOf(user: Principal): Partial<Record<Permission, Capability>> {
  const capabilities: Partial<Record<Permission, Capability>> = {};
  for (const permission of Object.keys(POLICY) as Permission[]) {
    if (!may(user, permission)) continue;
    const everywhere = mayAnywhere(user, permission) || POLICY[permission].scope === 'anywhere';
    capabilities[permission] = everywhere ? 'anywhere' : unitsWhere(user, permission);
  }
  return capabilities;
}
