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

/** Administrators cannot lock themselves out (409). */
export class SelfDeactivationError extends ApiError {
  constructor() {
    super('USER.CONFLICT', 'Không thể tự khóa tài khoản của mình.', 'You cannot deactivate your own account.', {
      field: 'id',
    });
    this.name = 'SelfDeactivationError';
  }
}

/** The user already holds that role at that unit (409). */
export class RoleGrantExistsError extends ApiError {
  constructor(role: string, unitId: string) {
    super(
      'USER_ROLE.ALREADY_EXISTS',
      `Người dùng đã có vai trò ${role} tại đơn vị "${unitId}".`,
      `The user already holds role ${role} at unit "${unitId}".`,
      { role, unitId },
    );
    this.name = 'RoleGrantExistsError';
  }
}

/** The user holds no current grant of that role at that unit (404). */
export class RoleGrantNotFoundError extends ApiError {
  constructor(role: string, unitId: string) {
    super(
      'USER_ROLE.NOT_FOUND',
      `Người dùng không có vai trò ${role} tại đơn vị "${unitId}".`,
      `The user holds no current role ${role} at unit "${unitId}".`,
      { role, unitId },
    );
    this.name = 'RoleGrantNotFoundError';
  }
}
