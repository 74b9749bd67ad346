import { demoReorganisation2025, type DemoUnitChange } from '@vinhdanh/domain';
import { DEMO_PASSWORD } from '@vinhdanh/seed';

/*
 * The demo tree's 2025 reorganisation (Hậu Giang into Thành phố Cần Thơ, the district federations
 * dissolved, grassroots unions moved to the province or a commune union), recorded through the
 * public units API as the system administrator would: each change is a `UnitDissolved` or
 * `UnitReparented` event in the unit's stream, effective 01/07/2025, so the tree answers for any
 * date and roles at a dissolved federation end with it. Runs before the demo nominations, so the
 * 2026 campaigns route only through units that exist in 2026. Only changes not yet recorded.
 */

const ADMIN = 'sysadmin';

interface UnitView {
  dissolvedOn: string | null;
  parents: { parentId: string; validFrom: string; validTo: string | null }[];
}

async function call(apiUrl: string, token: string, method: string, path: string, body?: unknown, key?: string) {
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Whether the change is already in the unit's history (a re-run of `npm start`). */
function recorded(change: DemoUnitChange, unit: UnitView): boolean {
  if (change.kind === 'dissolve') return unit.dissolvedOn !== null;
  return unit.parents.some((p) => p.parentId === change.parentId && p.validFrom === change.effectiveFrom);
}

/** Records the changes not yet recorded; returns how many it recorded. */
export async function seedDemoReorganisation(
  apiUrl: string,
  log: (line: string) => void,
  changes: readonly DemoUnitChange[] = demoReorganisation2025,
): Promise<number> {
  const login = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: ADMIN, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${ADMIN}: ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  let count = 0;
  for (const change of changes) {
    const unit = (await call(apiUrl, accessToken, 'GET', `/api/admin/units/${change.unitId}`)) as UnitView;
    if (recorded(change, unit)) continue;
    // A fixed key per change: a retried run records it once.
    const key = `demo-reorganisation-2025:${change.kind}:${change.unitId}`;
    if (change.kind === 'dissolve') {
      const { successorId, effectiveFrom, reason } = change;
      await call(
        apiUrl,
        accessToken,
        'POST',
        `/api/admin/units/${change.unitId}/dissolution`,
        { successorId, effectiveFrom, reason },
        key,
      );
    } else {
      const { parentId, effectiveFrom, reason } = change;
      await call(
        apiUrl,
        accessToken,
        'POST',
        `/api/admin/units/${change.unitId}/parent`,
        { parentId, effectiveFrom, reason },
        key,
      );
    }
    count++;
  }
  if (count > 0) log(`recorded the 2025 reorganisation of the demo tree (${count} changes, effective 01/07/2025)`);
  return count;
}
