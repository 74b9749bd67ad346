import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { nominationStreamId } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import { GENESIS_HASH, type RecordedEvent } from '@vinhdanh/event-store';
// Relative until the lead links @vinhdanh/audit with npm install.
import {
  eventsToCsv,
  foldRecorded,
  NOMINATION_EXPORT_FORMAT,
  NOMINATION_EXPORT_FORMAT_VERSION,
  readStoredStream,
  signEnvelope,
  timelineEntry,
  toExportedEvent,
  type AuditSigner,
  type NominationExportPayload,
  type SignedEnvelope,
  type TimelineEntry,
} from '@vinhdanh/audit';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { assertMayReadHistory } from './audit.access';
import { NotYetRecordedError } from './audit.errors';
import { AUDIT_SIGNER } from './audit.tokens';

/** `GET /api/audit/nominations/:id/timeline`. */
export interface TimelineResponse {
  nominationId: string;
  streamId: string;
  version: number;
  headHash: string;
  status: string;
  statusLabel: { vi: string; en: string };
  events: TimelineEntry[];
}

/** `GET /api/audit/nominations/:id/as-of`. */
export interface AsOfResponse {
  nominationId: string;
  at: string;
  version: number;
  status: string;
  statusLabel: { vi: string; en: string };
  openTask: unknown;
  lastEvent: TimelineEntry | null;
  state: unknown;
}

/** A signed CSV export: the file and its detached signature. */
export interface CsvExport {
  csv: string;
  /** Events in the file, and the nominee's name (for the export record and the file name). */
  events: number;
  nomineeName: string | null;
  signature: string;
  publicKey: string;
  keyId: string;
  algorithm: string;
}

/** The auditors' reads of one nomination, straight from the event store. */
@Injectable()
export class AuditService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_SIGNER) private readonly signer: AuditSigner,
  ) {}

  /** Every stored event of the nomination after the access check (404 when none, 403 when not allowed). */
  async history(user: Principal, nominationId: string): Promise<RecordedEvent[]> {
    const events = await readStoredStream(this.db, nominationStreamId(nominationId));
    if (events.length === 0) throw new ResourceNotFoundError('NOMINATION', nominationId, 'hồ sơ đề nghị');
    assertMayReadHistory(user, events);
    return events;
  }

  async timeline(user: Principal, nominationId: string): Promise<TimelineResponse> {
    const events = await this.history(user, nominationId);
    const folded = foldRecorded(events);
    return {
      nominationId,
      streamId: nominationStreamId(nominationId),
      version: events.at(-1)?.streamVersion ?? 0,
      headHash: events.at(-1)?.hash ?? GENESIS_HASH,
      status: folded.state.status,
      statusLabel: folded.label,
      events: events.map(timelineEntry),
    };
  }

  async asOf(user: Principal, nominationId: string, at: string): Promise<AsOfResponse> {
    await this.history(user, nominationId);
    const instant = new Date(at);
    const events = await readStoredStream(this.db, nominationStreamId(nominationId), instant);
    if (events.length === 0) throw new NotYetRecordedError(nominationId, instant.toISOString());
    const folded = foldRecorded(events);
    return {
      nominationId,
      at: instant.toISOString(),
      version: folded.version,
      status: folded.state.status,
      statusLabel: folded.label,
      openTask: folded.state.status === 'DRAFT' ? null : folded.state.openTask,
      lastEvent: folded.lastEvent ? timelineEntry(folded.lastEvent) : null,
      state: folded.state,
    };
  }

  /** The signed JSON export of a nomination (events with hashes, folded state). */
  async exportJson(user: Principal, nominationId: string): Promise<SignedEnvelope<NominationExportPayload>> {
    const events = await this.history(user, nominationId);
    return signEnvelope(this.exportPayload(user, nominationId, events), this.signer);
  }

  /** The export payload of a nomination's (non-empty) stream: events with hashes and the folded state. */
  exportPayload(user: Principal, nominationId: string, events: readonly RecordedEvent[]): NominationExportPayload {
    const last = events[events.length - 1] as RecordedEvent;
    return {
      format: NOMINATION_EXPORT_FORMAT,
      formatVersion: NOMINATION_EXPORT_FORMAT_VERSION,
      nominationId,
      streamId: nominationStreamId(nominationId),
      exportedAt: this.clock().toISOString(),
      exportedBy: user.id,
      head: { version: last.streamVersion, hash: last.hash },
      events: events.map(toExportedEvent),
      finalState: foldRecorded(events).state,
    };
  }

  /** The signed CSV export: one row per event; the signature covers the exact bytes. */
  async exportCsv(user: Principal, nominationId: string): Promise<CsvExport> {
    const events = await this.history(user, nominationId);
    const csv = eventsToCsv(events.map(toExportedEvent));
    const nominee = (events[0]?.data['dossier'] as { nominee?: { fullName?: string; name?: string } } | undefined)
      ?.nominee;
    return {
      csv,
      events: events.length,
      nomineeName: nominee?.fullName ?? nominee?.name ?? null,
      signature: this.signer.sign(Buffer.from(csv, 'utf8')),
      publicKey: this.signer.publicKeyPem,
      keyId: this.signer.keyId,
      algorithm: this.signer.algorithm,
    };
  }
}
