export { EventStore, EVENTS_CHANNEL } from './event-store';
export type { EventStoreOptions, TransactionLike } from './event-store';
export type {
  AppendResult,
  EventMetadata,
  EventPosition,
  ExpectedVersion,
  NewEvent,
  ReadStreamOptions,
  RecordedEvent,
} from './event.types';
export {
  EventIdConflictError,
  InvalidEventError,
  StreamVersionConflictError,
  UnencodableEventError,
} from './event-store.errors';
export { canonicalJson, toJsonValue, NotJsonError } from './canonical-json';
export type { JsonObject, JsonValue } from './canonical-json';
export { canonicalEventParts, computeEventHash, GENESIS_HASH } from './event-hash';
export type { HashedEventContent } from './event-hash';
export { UpcasterRegistry, storedEventUpcasters } from './upcasters';
export type { Upcaster } from './upcasters';
export { LeanReadUpcastError } from './read-lean';
export type { LeanDataNarrowing, LeanEvent, LeanReadSpec } from './read-lean';
export { checkLink } from './verify';
export type { BrokenLink, VerifyAllOptions, VerifyResult } from './verify';
export { comparePositions } from './positions';
