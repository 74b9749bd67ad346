import { z } from 'zod';
import { IsoDate } from '@vinhdanh/domain';

/** Query of `GET /api/units`: the tree as of a day (default: today in Vietnam). */
export const UnitsQuery = z.strictObject({ asOf: IsoDate.optional() });
/** Query of `GET /api/units`. */
export type UnitsQuery = z.infer<typeof UnitsQuery>;

/** Query of `GET /api/campaigns`: only campaigns open on a day, when given. */
export const CampaignsQuery = z.strictObject({ openOn: IsoDate.optional() });
/** Query of `GET /api/campaigns`. */
export type CampaignsQuery = z.infer<typeof CampaignsQuery>;

/** A unit in the tree response, with its children as of the requested day. */
export interface UnitNode {
  id: string;
  code: string;
  name: string;
  kind: string;
  level: number;
  memberCount: number;
  children: UnitNode[];
}
