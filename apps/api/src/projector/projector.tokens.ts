/** The process's `EventStore` (`@vinhdanh/event-store`) over `PG_POOL`. */
export const EVENT_STORE = Symbol('vinhdanh.EventStore');
/** The `Projector` (`@vinhdanh/projections`) this process runs with every registered projection. */
export const PROJECTOR = Symbol('vinhdanh.Projector');
