import { exportFileName, exportFormatOf, instantAfter, sliderPosition, sliderTarget } from './audit';

describe('auditors’ screen rules', () => {
  const events = [{ recordedAt: '2026-06-15T02:00:00.123Z' }, { recordedAt: '2026-06-16T03:00:00.000Z' }];

  it('asks for the instant just after the chosen event, so the event itself is included', () => {
    expect(instantAfter(events, 1)).toBe('2026-06-15T02:00:00.124Z');
    expect(instantAfter(events, 2)).toBe('2026-06-16T03:00:00.001Z');
  });

  it('puts the slider on the version of the state shown, not only where it was dragged', () => {
    // Asked for event 3; events 3 and 4 were written together, so the state shown is version 4.
    expect(sliderPosition(3, { version: 4 }, false)).toBe(4);
    expect(sliderPosition(3, undefined, false)).toBe(3);
    expect(sliderPosition(undefined, { version: 2 }, false)).toBe(2);
    // Nothing recorded yet at a typed instant: before the first event.
    expect(sliderPosition(undefined, undefined, true)).toBe(0);
  });

  it('moves the slider onto instants: events recorded together are one step, and stepping back always moves', () => {
    const shared = [
      '2026-06-15T02:00:00.000Z',
      '2026-06-16T03:00:00.000Z',
      '2026-06-17T04:00:00.000Z',
      '2026-06-17T04:00:00.000Z',
    ].map((recordedAt) => ({ recordedAt }));
    expect(sliderTarget(shared, 3, 2)).toBe(4); // forward onto a shared instant: its last event
    expect(sliderTarget(shared, 3, 4)).toBe(2); // back from it: the instant before
    expect(sliderTarget(shared, 1, 4)).toBe(1);
    expect(sliderTarget(shared, 1, 1)).toBe(1); // already at the first instant
    expect(sliderTarget(shared, 2, 4)).toBe(2);
  });

  it('names a download after the nominee without diacritics, and reads the format of an upload', () => {
    expect(exportFileName('Đặng Thị Hồng Nhung', 'json', '2026-12-07')).toBe(
      'ho-so-dang-thi-hong-nhung-2026-12-07.json',
    );
    expect(exportFormatOf('ho-so.JSON')).toBe('json');
    expect(exportFormatOf('dot-thi-dua.ndjson')).toBe('jsonl');
    expect(exportFormatOf('anh.png')).toBeNull();
  });
});
