import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { reportExportStreamId } from '@vinhdanh/contracts';
import {
  decideReportExport,
  evolveReportExport,
  initialReportExportState,
  ReportExported,
  type ExportedReport,
} from '@vinhdanh/domain';
import { StreamVersionConflictError, type EventStore } from '@vinhdanh/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../core/tokens';
import { EVENT_STORE } from '../projector/projector.tokens';

/** What is being exported. */
export interface ExportRecordInput {
  report: ExportedReport;
  format: 'xlsx' | 'csv' | 'json' | 'jsonl';
  filters: Record<string, string | number | boolean | undefined>;
  rows: number;
  personalData: boolean;
}

/**
 * Records each download as a `ReportExported` event in the user's `report-exports-<userId>` stream,
 * through the pure decider, before the file is sent: a leaked spreadsheet can be traced to who
 * exported it, when, with which filters and whether it held personal data.
 */
@Injectable()
export class ReportExportsService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(user: Principal, input: ExportRecordInput): Promise<string> {
    const exportId = randomUUID();
    const filters = Object.fromEntries(
      Object.entries(input.filters).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
    );
    const streamId = reportExportStreamId(user.id);
    for (let attempt = 0; ; attempt++) {
      const stored = await this.store.readStream(streamId);
      const state = stored
        .map((e) => ReportExported.parse({ type: e.type, data: e.data }))
        .reduce(evolveReportExport, initialReportExportState);
      const now = this.clock().toISOString();
      const events = decideReportExport(
        {
          type: 'RecordReportExport',
          exportId,
          userId: user.id,
          userName: `${user.fullName} (${user.username})`,
          report: input.report,
          format: input.format,
          filters,
          rows: input.rows,
          personalData: input.personalData,
          now,
        },
        state,
      );
      try {
        await this.store.append(
          streamId,
          stored.length === 0 ? 'no_stream' : stored.length,
          events.map((e) => ({
            eventId: randomUUID(),
            type: e.type,
            data: e.data,
            metadata: { actor: user.id, actorName: user.fullName, actorUsername: user.username },
            occurredAt: now,
          })),
        );
        return exportId;
      } catch (err) {
        // Two downloads by the same user at once: re-read and decide again.
        if (err instanceof StreamVersionConflictError && attempt < 3) continue;
        throw err;
      }
    }
  }
}
