/** The signed-in user and the reference data every screen needs, fetched once and cached by TanStack Query. */
import { useQuery } from '@tanstack/react-query';
import type { Labels, Me, Permission, Principal } from '@vinhdanh/api';
import type { Campaign } from '@vinhdanh/db';
import { api, call, token } from '../api/client';

/** Roles that decide on reviews (the API's approver roles); for the screens not yet on `capabilities`. */
export const APPROVER_ROLES = ['reviewer', 'chair'] as const;

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => call<Me>(api.GET('/api/me')),
    enabled: token() !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Names of awards, attachment kinds, events, roles and levels: the server's, never a copy. */
export function useLabels() {
  return useQuery({
    queryKey: ['labels'],
    queryFn: () => call<Labels>(api.GET('/api/directory/labels')),
    staleTime: Infinity,
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: ['campaigns'],
    queryFn: () => call<{ items: Campaign[] }>(api.GET('/api/campaigns')),
    staleTime: 5 * 60_000,
    select: (d) => d.items,
  });
}

/** One unit of the org tree (`GET /api/units`). */
export interface UnitNode {
  id: string;
  code: string;
  name: string;
  level: number;
  children: UnitNode[];
}

export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: () => call<{ roots: UnitNode[] }>(api.GET('/api/units')),
    staleTime: 5 * 60_000,
    select: (d) => {
      const byId = new Map<string, UnitNode>();
      const walk = (nodes: UnitNode[]) => nodes.forEach((n) => (byId.set(n.id, n), walk(n.children)));
      walk(d.roots);
      return { roots: d.roots, byId };
    },
  });
}

/** True when `me` holds one of `roles` (at `unitId`, or anywhere), own or lent. */
export function hasRole(me: Principal | undefined, roles: readonly string[], unitId?: string): boolean {
  const grants = [...(me?.roles ?? []), ...(me?.delegated ?? [])];
  return grants.some((g) => roles.includes(g.role) && (unitId === undefined || g.unitId === unitId));
}

/**
 * True when the server says the user may do `permission` (at `unitId`, or somewhere): the API's
 * policy table through `GET /api/me`'s `capabilities`, never a role list kept here.
 */
export function can(me: Pick<Me, 'capabilities'> | undefined, permission: Permission, unitId?: string): boolean {
  const where = me?.capabilities?.[permission];
  if (where === undefined) return false;
  return where === 'anywhere' || unitId === undefined || where.includes(unitId);
}

/** The units where the user may do `permission` (empty when nowhere in particular). */
export function unitsFor(me: Pick<Me, 'capabilities'> | undefined, permission: Permission): string[] {
  const where = me?.capabilities?.[permission];
  return Array.isArray(where) ? where : [];
}

/** The page a user lands on: those who decide their inbox, everyone else the nomination list. */
export function homeOf(me: Pick<Me, 'capabilities'> | undefined): string {
  return can(me, 'nomination.decide') ? '/inbox' : '/nominations';
}
