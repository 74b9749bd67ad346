/** The frozen `Config` the app was built from. */
export const CONFIG = Symbol('vinhdanh.Config');
/** The pg `Pool` (one per process); ended on shutdown through `DB`. */
export const PG_POOL = Symbol('vinhdanh.PgPool');
/** The `Kysely<Database>` over `PG_POOL`. */
export const DB = Symbol('vinhdanh.Db');
/** The Temporal `Client` (`@temporalio/client`); tests override it with a test environment's client. */
export const TEMPORAL_CLIENT = Symbol('vinhdanh.TemporalClient');
/** A `TemporalHealthProbe` used by `/api/health`; tests may override it. */
export const TEMPORAL_HEALTH_PROBE = Symbol('vinhdanh.TemporalHealthProbe');
/** A `Clock` (`() => Date`); the only source of "now" in the API, so tests can move time. */
export const CLOCK = Symbol('vinhdanh.Clock');

/** The source of the current time. */
export type Clock = () => Date;

/** Checks that Temporal answers; resolves on success and rejects with the reason otherwise. */
export interface TemporalHealthProbe {
  check(): Promise<void>;
}
