/** The people directory (`GET /api/directory/people`): colleagues chosen by name for an assignment or a delegation. */
import { useQuery } from '@tanstack/react-query';
import type { DirectoryPerson, Permission } from '@vinhdanh/api';
import { api, call } from '../api/client';

/**
 * People of a unit to choose from, searched by name on the server (never typed as an id); with
 * `permission`, only those whose roles there grant it (the server's policy table decides).
 */
export function usePeople(unitId: string | undefined, search: string, permission?: Permission) {
  return useQuery({
    queryKey: ['people', unitId, search, permission],
    enabled: unitId !== undefined,
    queryFn: () =>
      call<{ items: DirectoryPerson[] }>(
        api.GET('/api/directory/people', {
          params: { query: { unitId: unitId ?? '', q: search || undefined, permission } as never },
        }),
      ),
    select: (d) => d.items,
  });
}
