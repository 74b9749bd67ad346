import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call, errorText, saveToken } from '../api/client';

interface LoginForm {
  username: string;
  password: string;
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

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call<{ accessToken: string }>(
        api.POST('/api/auth/login', { body: { username: values.username.trim(), password: values.password } as never }),
      );
      saveToken(result.accessToken);
      queryClient.clear();
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setError(errorText(err));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

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
