import { randomUUID } from 'node:crypto';
import {
  decideReportExport,
  evolveReportExport,
  initialReportExportState,
  type RecordReportExport,
} from './report-export';

const command = (exportId = randomUUID()): RecordReportExport => ({
  type: 'RecordReportExport',
  exportId,
  userId: 'u-1',
  userName: 'Phạm Quốc Bảo',
  report: 'annual_summary',
  format: 'xlsx',
  filters: { unitId: 'ldld-cao-bang', year: '2026' },
  rows: 12,
  personalData: false,
  now: '2026-06-15T03:00:00Z',
});

describe('report export decider', () => {
  it('records who exported what, once per export id', () => {
    const c = command();
    const events = decideReportExport(c, initialReportExportState);
    expect(events).toEqual([
      {
        type: 'ReportExported',
        data: expect.objectContaining({ exportId: c.exportId, userName: 'Phạm Quốc Bảo', rows: 12, exportedAt: c.now }),
      },
    ]);
    const state = events.reduce(evolveReportExport, initialReportExportState);
    expect(state.count).toBe(1);
    expect(decideReportExport(c, state)).toEqual([]);
    expect(decideReportExport(command(), state)).toHaveLength(1);
  });

  it('refuses a command that is not well formed', () => {
    expect(() => decideReportExport({ ...command(), rows: -1 }, initialReportExportState)).toThrow();
  });
});
