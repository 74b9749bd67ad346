import { ApiError } from '../api/client';
import { serverFieldErrors } from './forms';

describe('serverFieldErrors', () => {
  const refusal = new ApiError(400, {
    errors: [
      { field: 'closesOn', message: 'Ngày kết thúc (31/12/2026) trước ngày bắt đầu (01/01/2027).' },
      { field: 'cutoffs.1', message: 'Hạn chót cấp 1 (01/12/2026) trước ngày bắt đầu (01/01/2027).' },
      { field: 'cutoffs.1', message: 'Hạn chót cấp 1 trùng ngày nghỉ.' },
      { field: 'secret', message: 'Không thuộc biểu mẫu.' },
    ],
  });

  it('puts each refusal under the form field it names, renamed where the form edits it otherwise', () => {
    expect(serverFieldErrors(refusal, ['period', 'cutoffs'], { closesOn: 'period' })).toEqual([
      { name: ['period'], errors: ['Ngày kết thúc (31/12/2026) trước ngày bắt đầu (01/01/2027).'] },
      {
        name: ['cutoffs', '1'],
        errors: ['Hạn chót cấp 1 (01/12/2026) trước ngày bắt đầu (01/01/2027).', 'Hạn chót cấp 1 trùng ngày nghỉ.'],
      },
    ]);
  });
});
