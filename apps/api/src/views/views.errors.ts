import { ApiError } from '../errors/api-error';

/** The owner already has a view of that name for that list (409, naming `name`). */
export class ViewNameTakenError extends ApiError {
  constructor(name: string) {
    super(
      'SAVED_VIEW.ALREADY_EXISTS',
      `Bạn đã có một bộ lọc tên "${name}" cho danh sách này.`,
      `You already have a view named "${name}" for this list.`,
      { name },
      [
        {
          field: 'name',
          in: 'body',
          rule: 'unique',
          message: 'Tên bộ lọc đã được dùng.',
          message_en: 'name is already used by another of your views',
        },
      ],
    );
    this.name = 'ViewNameTakenError';
  }
}

/** A user keeps at most `max` views (400). */
export class TooManyViewsError extends ApiError {
  constructor(max: number) {
    super(
      'REQUEST.TOO_MANY_SAVED_VIEWS',
      `Mỗi người dùng lưu được tối đa ${max} bộ lọc; hãy xoá bớt.`,
      `A user keeps at most ${max} saved views; delete one first.`,
      { max },
    );
    this.name = 'TooManyViewsError';
  }
}
