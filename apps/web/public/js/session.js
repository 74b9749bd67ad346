/** The signed-in user and the reference data every screen needs (campaigns, unit names), loaded once. */
import { api } from './api.js';

let cache = null;

/** Forgets the loaded user (on log-out or a rejected token). */
export function resetSession() {
  cache = null;
}

function collectUnits(nodes, into) {
  for (const n of nodes) {
    into.set(n.id, n);
    collectUnits(n.children ?? [], into);
  }
  return into;
}

/** Loads `/api/me`, campaigns and the org tree (once per sign-in). */
export async function loadSession() {
  if (cache) return cache;
  const [me, campaigns, units] = await Promise.all([api('/me'), api('/campaigns'), api('/units')]);
  cache = {
    me,
    campaigns: campaigns.items,
    campaignById: new Map(campaigns.items.map((c) => [c.id, c])),
    units: collectUnits(units.roots, new Map()),
  };
  return cache;
}

/** Units where the user holds one of `roles`. */
export function unitsWithRole(me, roles) {
  return [...new Set(me.roles.filter((g) => roles.includes(g.role)).map((g) => g.unitId))];
}

/** True when the user holds one of `roles` (at `unitId`, or anywhere). */
export function hasRole(me, roles, unitId) {
  return me.roles.some((g) => roles.includes(g.role) && (unitId === undefined || g.unitId === unitId));
}

/** Approvers decide on reviews; auditors and system admins see everything. */
export const APPROVER_ROLES = ['reviewer', 'chair'];
export const OVERSIGHT_ROLES = ['auditor', 'system_admin'];

/** The page a user lands on: approvers their inbox, nominators and auditors the nomination list. */
export function homeOf(me) {
  if (hasRole(me, APPROVER_ROLES)) return '/inbox';
  return '/nominations';
}
