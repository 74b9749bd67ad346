import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { Principal } from '../auth/principal';
import { seesEverything, unitsOfCaller } from '../nominations/access';
import { routesReferencing } from './attachments.repository';

/** The parts of a stored attachment its access checks need. */
export interface AttachmentOwnership {
  id: string;
  sha256: string;
  uploadedBy: string;
}

/**
 * Who may read (download) a file: its uploader, and whoever may read a nomination whose dossier
 * lists it (same id and checksum; oversight roles read every nomination).
 */
export async function attachmentReadableBy(
  db: Kysely<Database>,
  user: Principal,
  file: AttachmentOwnership,
): Promise<boolean> {
  if (file.uploadedBy === user.id) return true;
  const routes = await routesReferencing(db, file);
  if (routes.length === 0) return false;
  if (seesEverything(user)) return true;
  const mine = new Set(unitsOfCaller(user));
  return routes.some((units) => units.some((u) => mine.has(u)));
}

/**
 * Whether a dossier of `unitId` may cite the file: it was uploaded by the caller or by someone
 * holding a role at that unit now, or the caller may read it through a nomination.
 */
export async function attachmentVisibleTo(
  db: Kysely<Database>,
  user: Principal,
  file: AttachmentOwnership,
  unitId: string,
  now: Date,
): Promise<boolean> {
  if (file.uploadedBy === user.id) return true;
  const colleague = await db
    .selectFrom('user_roles')
    .select('user_id')
    .where('user_id', '=', file.uploadedBy)
    .where('unit_id', '=', unitId)
    .where('valid_from', '<=', now)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', now)]))
    .executeTakeFirst();
  if (colleague) return true;
  return attachmentReadableBy(db, user, file);
}
