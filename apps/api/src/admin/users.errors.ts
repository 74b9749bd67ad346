import { ApiError, RequestValidationError } from '../errors/api-error';

/** A body field names something that does not exist or breaks a rule (400, naming the field). */
export class FieldRuleError extends RequestValidationError {
  constructor(field: string, rule: string, messageVi: string, messageEn: string) {
    super([{ field, in: 'body', rule, message: messageVi, message_en: messageEn }]);
    this.name = 'FieldRuleError';
  }
}

/** Another user has the username (409). */
export class UsernameTakenError extends ApiError {
  constructor(username: string) {
    super('USER.ALREADY_EXISTS', `Tên đăng nhập "${username}" đã được dùng.`, `Username "${username}" is taken.`, {
      field: 'username',
      username,
    });
    this.name = 'UsernameTakenError';
  }
}
