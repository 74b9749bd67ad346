import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, call, errorText, saveToken, type SessionTokens } from '../api/client';

interface LoginForm {
  username: string;
  password: string;
}

interface NewPasswordForm {
  newPassword: string;
  confirm: string;
}

/** A `next` that stays inside the app (never another site, never the login page itself). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** Đăng nhập: username and password → bearer token → the page asked for, or the home page. */
export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<LoginForm>();
  const [passwordForm] = Form.useForm<NewPasswordForm>();
  // Set when the account's password was set by an administrator: it must be replaced before anything else.
  const [initialPassword, setInitialPassword] = useState<string | null>(null);

  const enter = (result: SessionTokens) => {
    saveToken(result.accessToken, result.refreshToken);
    queryClient.clear();
    void navigate(safeNext(params.get('next')), { replace: true });
  };

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call<SessionTokens>(
        api.POST('/api/auth/login', { body: { username: values.username.trim(), password: values.password } as never }),
      );
      if (result.mustChangePassword) {
        saveToken(result.accessToken, result.refreshToken);
        setInitialPassword(values.password);
        return;
      }
      enter(result);
    } catch (err) {
      setError(errorText(err));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  const changePassword = async (values: NewPasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call<SessionTokens>(
        api.POST('/api/auth/password', {
          body: { currentPassword: initialPassword ?? '', newPassword: values.newPassword } as never,
        }),
      );
      enter(result);
    } catch (err) {
      // The policy's refusal names what is wrong with the new password (too short, too common …).
      const reasons = err instanceof ApiError ? err.fieldErrors.filter((e) => e.field === 'newPassword') : [];
      if (reasons.length > 0) passwordForm.setFields([{ name: 'newPassword', errors: reasons.map((e) => e.message) }]);
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (initialPassword !== null) {
    return (
      <main id="main" className="login-page">
        <Card className="login-card">
          <Typography.Title level={1}>Đổi mật khẩu</Typography.Title>
          <Typography.Paragraph>
            Mật khẩu của tài khoản này do quản trị viên đặt. Vui lòng đặt mật khẩu mới trước khi làm việc: ít nhất 10 ký
            tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến.
          </Typography.Paragraph>
          <div aria-live="assertive">{error && <Alert type="error" showIcon title={error} role="alert" />}</div>
          <Form form={passwordForm} layout="vertical" onFinish={changePassword} requiredMark={false}>
            <Form.Item
              label="Mật khẩu mới"
              name="newPassword"
              rules={[
                { required: true, message: 'Nhập mật khẩu mới.' },
                { min: 10, message: 'Mật khẩu mới cần ít nhất 10 ký tự.' },
              ]}
            >
              <Input.Password autoComplete="new-password" autoFocus />
            </Form.Item>
            <Form.Item
              label="Nhập lại mật khẩu mới"
              name="confirm"
              dependencies={['newPassword']}
              rules={[
                { required: true, message: 'Nhập lại mật khẩu mới.' },
                ({ getFieldValue }) => ({
                  validator: (_, value: string) =>
                    !value || value === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error('Hai lần nhập mật khẩu mới không khớp.')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              Đổi mật khẩu và tiếp tục
            </Button>
          </Form>
        </Card>
      </main>
    );
  }

  return (
    <main id="main" className="login-page">
      <Card className="login-card">
        <Typography.Title level={1}>Đăng nhập</Typography.Title>
        <div aria-live="assertive">
          {params.get('expired') && !error && (
            <Alert type="info" showIcon title="Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại." />
          )}
          {error && <Alert type="error" showIcon title={error} role="alert" />}
        </div>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập.' }]}
          >
            <Input autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu.' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </main>
  );
}
