import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sheet, writeXlsx } from './xlsx-writer';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('writeXlsx streaming', () => {
  it('stops pulling rows while the reader does not read (back-pressure), then writes every row', async () => {
    const total = 30_000;
    let pulled = 0;
    let blocked = true;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const chunks: Buffer[] = [];
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        if (blocked) void released.then(() => done());
        else done();
      },
    });
    const finished = new Promise((resolve) => sink.on('finish', resolve));
    async function* rows() {
      for (let i = 0; i < total; i++) {
        pulled++;
        yield { name: `Nguyễn Thị Người Thứ ${i}`, n: i };
      }
    }
    const writing = writeXlsx(sink, [
      sheet<{ name: string; n: number }>({
        name: 'Danh sách',
        columns: [
          { header: 'Họ và tên', type: 'text', value: (r) => r.name },
          { header: 'Số thứ tự', type: 'integer', value: (r) => r.n },
        ],
        rows: rows(),
      }),
    ]);
    // Wait until the writer has stopped pulling (three equal counts in a row), however slow the machine.
    let still = 0;
    for (let last = -1; still < 3;) {
      await pause(150);
      still = pulled === last ? still + 1 : 0;
      last = pulled;
    }
    // Without back-pressure the whole sheet would be pulled and held, uncompressed, in memory.
    expect(pulled).toBeLessThan(total);
    blocked = false;
    release();
    expect(await writing).toEqual({ rows: total });
    await finished;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as never);
    const ws = wb.getWorksheet('Danh sách')!;
    expect(ws.rowCount).toBe(total + 1);
    expect(ws.getRow(total + 1).values).toEqual([undefined, `Nguyễn Thị Người Thứ ${total - 1}`, total - 1]);
  });
});
