import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Drawer,
  Form,
  Grid,
  Input,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import type { UserPage, UserView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey, type ApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { unitTreeOptions } from '../../lib/reports';
import { useLabels, useUnits } from '../../lib/session';
import { DownloadListButton } from '../../reports/download';
import { UserPanel } from './UserPanel';

interface NewUser {
  username: string;
  fullName: string;
  email?: string;
  initialPassword: string;
  roles: Array<{ role?: string; unitId?: string }>;
  reason: string;
}

/** The create-user form in a drawer: roles are (role, unit) pairs chosen from lists, never typed ids. */
function CreateUser({ open, onClose }: { open: boolean; onClose: (created?: UserView) => void }) {
  const [form] = Form.useForm<NewUser>();
  const [key, setKey] = useState(newIdempotencyKey);
  const labels = useLabels().data;
  const units = useUnits().data;
  const phone = !Grid.useBreakpoint().md;
  const create = useMutation({
    mutationFn: (v: NewUser) =>
      call<UserView>(
        api.POST('/api/admin/users', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            username: v.username.trim(),
            fullName: v.fullName.trim(),
            ...(v.email?.trim() ? { email: v.email.trim() } : {}),
            initialPassword: v.initialPassword,
            roles: (v.roles ?? []).filter((r) => r.role && r.unitId),
            reason: v.reason.trim(),
          } as never,
        }),
      ),
    onSuccess: (user) => {
      setKey(newIdempotencyKey());
      form.resetFields();
      onClose(user);
    },
    onError: (err: ApiError) => {
      // The server names the field in Vietnamese; put each message under its field.
      const fields = (err.fieldErrors ?? [])
        .map((e) => ({ name: e.field.split(/[.[\]]/).filter(Boolean), errors: [e.message] }))
        .filter((f) => f.name.length > 0);
      if (fields.length) form.setFields(fields as never);
    },
  });
  return (
    <Drawer open={open} onClose={() => onClose()} title="Tạo người dùng" size={phone ? '100%' : 520} destroyOnHidden>
      <Form<NewUser> form={form} layout="vertical" initialValues={{ roles: [{}] }} onFinish={(v) => create.mutate(v)}>
        <Form.Item
          name="fullName"
          label="Họ và tên"
          rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="username"
          label="Tên đăng nhập"
          extra="3–64 chữ cái không dấu, chữ số hoặc . _ -"
          rules={[
            { required: true, message: 'Nhập tên đăng nhập.' },
            {
              pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/i,
              message: 'Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số hoặc . _ -',
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label="Thư điện tử" rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ.' }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="initialPassword"
          label="Mật khẩu ban đầu"
          extra="Ít nhất 10 ký tự. Trao cho người dùng và đề nghị đổi khi đăng nhập lần đầu."
          rules={[
            { required: true, message: 'Nhập mật khẩu ban đầu.' },
            { min: 10, message: 'Mật khẩu ít nhất 10 ký tự.' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Typography.Text strong>Vai trò</Typography.Text>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap className="role-row">
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: 'Chọn vai trò.' }]}>
                    <Select
                      aria-label="Vai trò"
                      placeholder="Vai trò"
                      style={{ minWidth: 180 }}
                      options={Object.entries(labels?.roles ?? {}).map(([value, l]) => ({ value, label: l.vi }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                    <TreeSelect
                      aria-label="Tại đơn vị"
                      placeholder="Tại đơn vị"
                      style={{ minWidth: 240 }}
                      treeData={unitTreeOptions(units?.roots ?? [])}
                      showSearch={{ treeNodeFilterProp: 'title' }}
                      treeDefaultExpandAll={false}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label="Bỏ vai trò này"
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} className="section">
                Thêm vai trò
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="reason"
          label="Căn cứ (quyết định, công văn)"
          rules={[{ required: true, whitespace: true, message: 'Nhập căn cứ tạo người dùng.' }]}
        >
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <div aria-live="assertive">
          {create.error && (
            <Alert type="error" showIcon role="alert" title={errorText(create.error)} className="section" />
          )}
        </div>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          Tạo người dùng
        </Button>
      </Form>
    </Drawer>
  );
}

/** Quản trị người dùng: search users in the administrator's scope, and create them. */
export function UsersPage() {
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState<string | null>(null);
  const labels = useLabels().data;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const users = useQuery({
    queryKey: ['admin-users', q],
    queryFn: () =>
      call<UserPage>(api.GET('/api/admin/users', { params: { query: { q: q || undefined, limit: 200 } as never } })),
  });
  const columns: TableColumnsType<UserView> = [
    { title: 'Họ và tên', dataIndex: 'fullName' },
    { title: 'Tên đăng nhập', dataIndex: 'username', responsive: ['md'] },
    {
      title: 'Vai trò hiện tại',
      render: (_, u) =>
        u.roles
          .filter((r) => r.current)
          .map((r) => (
            <Tag key={`${r.role}|${r.unitId}`}>
              {labels?.roles[r.role]?.vi} · {r.unitName}
            </Tag>
          )),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'active',
      render: (a: boolean) => (a ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Đã khóa</Tag>),
    },
    { title: 'Tạo ngày', dataIndex: 'createdAt', render: (v: string) => formatDate(v), responsive: ['lg'] },
    {
      title: 'Thao tác',
      render: (_, u) => (
        <Button size="small" aria-label={`Quản lý tài khoản của ${u.fullName}`} onClick={() => setManaging(u.id)}>
          Quản lý
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="users-title">
      <Typography.Title level={1} id="users-title">
        Người dùng
      </Typography.Title>
      <Space wrap className="filter-bar no-print">
        <Input.Search
          placeholder="Tìm theo tên hoặc tên đăng nhập"
          aria-label="Tìm người dùng"
          allowClear
          onSearch={setQ}
          style={{ maxWidth: 360 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          Tạo người dùng
        </Button>
        <DownloadListButton
          url={`/api/reports/exports/users?${new URLSearchParams({ ...(q ? { q } : {}), format: 'xlsx' }).toString()}`}
        />
      </Space>
      {users.error && <Alert type="error" showIcon title={errorText(users.error)} />}
      <p className="summary" aria-live="polite">
        {users.data && `${users.data.total} người dùng${q ? ` khớp “${q}”` : ''}.`}
      </p>
      <Table<UserView>
        rowKey="id"
        size="middle"
        loading={users.isPending}
        columns={columns}
        dataSource={users.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có người dùng nào.' }}
      />
      <UserPanel userId={managing} onClose={() => setManaging(null)} />
      <CreateUser
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) {
            void message.success(`Đã tạo người dùng ${created.fullName}.`);
            void queryClient.invalidateQueries({ queryKey: ['admin-users'] });
          }
        }}
      />
    </section>
  );
}
