import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';

// Wire API: these names are registered on the cluster (the dev server registers them at start;
// production registers them once with `temporal operator search-attribute create`) and are
// used in visibility queries. Add new keys; never rename or retype existing ones.

/** Current status of a nomination (e.g. `AWAITING_INTAKE`), for admin visibility queries. */
export const VinhdanhStatus = defineSearchAttributeKey('VinhdanhStatus', SearchAttributeType.KEYWORD);

/** Level (1 grassroots … 4 national) at which the nomination is currently reviewed. */
export const VinhdanhLevel = defineSearchAttributeKey('VinhdanhLevel', SearchAttributeType.INT);

/** Id of the unit currently responsible for the nomination's open review. */
export const VinhdanhUnitId = defineSearchAttributeKey('VinhdanhUnitId', SearchAttributeType.KEYWORD);

/** Award code from the catalogue (e.g. `BK_TLD`). */
export const VinhdanhAwardCode = defineSearchAttributeKey('VinhdanhAwardCode', SearchAttributeType.KEYWORD);

/** Id of the emulation campaign the nomination belongs to. */
export const VinhdanhCampaignId = defineSearchAttributeKey('VinhdanhCampaignId', SearchAttributeType.KEYWORD);

/** Every custom search attribute the project uses; the dev server registers exactly these. */
export const VINHDANH_SEARCH_ATTRIBUTES: readonly SearchAttributeKey<SearchAttributeType>[] = Object.freeze([
  VinhdanhStatus,
  VinhdanhLevel,
  VinhdanhUnitId,
  VinhdanhAwardCode,
  VinhdanhCampaignId,
]);
