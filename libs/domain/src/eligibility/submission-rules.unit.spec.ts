import { DirectWorkerShareError } from './eligibility.errors';
import { assertDirectWorkerShareAtSubmission } from './submission-rules';

const rule = { minShare: 0.3 };
const attempt =
  (directWorkers: number, total: number, isDirect = false) =>
  () =>
    assertDirectWorkerShareAtSubmission(rule, '2026.1', 'cdcs-x', { directWorkers, total }, isDirect);

// Priority to direct workers: Law 06/2022 Art. 5 [S34]; NQ 07/NQ-TLĐ [S18][S19]. No fixed union percentage was
// found (domain-sources §3.3, "Not found"): the share is the rule set's data; the numbers here are the test's.
describe('direct-worker share at submission [S34][S18]', () => {
  it('never refuses a direct worker, even as the first nomination', () => {
    expect(attempt(0, 0, true)).not.toThrow();
    expect(attempt(0, 5, true)).not.toThrow();
  });

  it('refuses a non-direct worker that would leave the unit below the share, naming rule, share and counts', () => {
    let err: unknown;
    try {
      attempt(0, 0)();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DirectWorkerShareError);
    const e = err as DirectWorkerShareError;
    expect(e.code).toBe('ELIGIBILITY.DIRECT_WORKER_SHARE');
    expect(e.messageVi).toContain('ít nhất 30 %');
    expect(e.messageVi).toContain('chưa có đề nghị nào');
    expect(e.messageEn).toContain('2026.1');
    expect(e.details).toMatchObject({ required: 1, directWorkers: 0, total: 1, currentShare: null });
    // 1 direct of 3 (33 %): a 4th non-direct worker needs ceil(1.2) = 2 direct → refused, "hiện 33.3 %".
    expect(attempt(1, 3)).toThrow(/currently 33.3 %/);
  });

  it('accepts a non-direct worker while the share still holds with it', () => {
    expect(attempt(1, 2)).not.toThrow(); // 1 of 3 = 33 % ≥ 30 %
    expect(attempt(3, 9)).not.toThrow(); // 3 of 10 = 30 %
  });
});
