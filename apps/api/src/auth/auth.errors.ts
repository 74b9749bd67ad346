import { ApiError } from '../errors/api-error';

/** No or unusable credentials on a protected endpoint (401). */
export class UnauthenticatedError extends ApiError {
  constructor(
    code:
      | 'AUTH.UNAUTHENTICATED'
      | 'AUTH.TOKEN_EXPIRED'
      | 'AUTH.TOKEN_INVALID'
      | 'AUTH.USER_INACTIVE'
      | 'AUTH.TOKEN_REVOKED'
      | 'AUTH.REFRESH_INVALID' = 'AUTH.UNAUTHENTICATED',
  ) {
    const messages: Record<typeof code, [string, string]> = {
      'AUTH.UNAUTHENTICATED': ['Cần đăng nhập để thực hiện thao tác này.', 'Authentication is required.'],
      'AUTH.TOKEN_EXPIRED': ['Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', 'The access token has expired.'],
      'AUTH.TOKEN_INVALID': ['Mã truy cập không hợp lệ.', 'The access token is invalid.'],
      'AUTH.USER_INACTIVE': ['Tài khoản đã bị khóa.', 'The account is disabled.'],
      'AUTH.TOKEN_REVOKED': [
        'Phiên đăng nhập đã kết thúc (đăng xuất, đổi mật khẩu hoặc thay đổi tài khoản), vui lòng đăng nhập lại.',
        'The session has ended (logout, password change or account change); log in again.',
      ],
      'AUTH.REFRESH_INVALID': [
        'Phiên đăng nhập không còn hiệu lực, vui lòng đăng nhập lại.',
        'The refresh token is invalid, used or expired; log in again.',
      ],
    };
    super(code, ...messages[code]);
    this.name = 'UnauthenticatedError';
  }
}

/** Wrong username or password; deliberately does not say which (401). */
export class InvalidCredentialsError extends ApiError {
  constructor() {
    super('AUTH.INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');
    this.name = 'InvalidCredentialsError';
  }
}

/** The user must replace the password an administrator set before doing anything else (403). */
export class PasswordChangeRequiredError extends ApiError {
  constructor() {
    super(
      'AUTH.PASSWORD_CHANGE_REQUIRED',
      'Bạn cần đổi mật khẩu do quản trị viên cấp trước khi tiếp tục sử dụng hệ thống.',
      'Change the password an administrator set before using the system.',
    );
    this.name = 'PasswordChangeRequiredError';
  }
}

/** Too many failed logins for this username, or from this address (429, with Retry-After). */
export class LoginRateLimitedError extends ApiError {
  constructor(retryAfterSeconds: number) {
    super(
      'AUTH.RATE_LIMITED',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
      `Too many failed logins. Try again in ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
    this.name = 'LoginRateLimitedError';
  }
}

/** Authenticated, but without the role the action needs at that unit (403). */
export class ForbiddenError extends ApiError {
  constructor(roles: readonly string[], unitId?: string) {
    super(
      'AUTH.FORBIDDEN',
      unitId
        ? `Bạn không có vai trò ${roles.join(' / ')} tại đơn vị "${unitId}".`
        : `Bạn không có vai trò ${roles.join(' / ')} cần thiết cho thao tác này.`,
      unitId ? `Requires role ${roles.join(' or ')} at unit "${unitId}".` : `Requires role ${roles.join(' or ')}.`,
      { requiredRoles: roles, ...(unitId ? { unitId } : {}) },
    );
    this.name = 'ForbiddenError';
  }
}
