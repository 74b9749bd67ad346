import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Form, Grid, Input, Select, Space, Table, Tag, TreeSelect } from 'antd';
import { useState } from 'react';
import type { RoleGrantView, UserView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { unitTreeOptions } from '../../lib/reports';
import { useLabels, useUnits } from '../../lib/session';

/** What the panel sends: a role change, a lock or an unlock, each with the reason kept in the history. */
type Change = { kind: 'grant' | 'revoke'; role: string; unitId: string } | { kind: 'deactivation' | 'reactivation' };

const DONE: Record<Change['kind'], string> = {
  grant: 'Đã phân quyền.',
  revoke: 'Đã thu hồi quyền.',
  deactivation: 'Đã khóa tài khoản.',
  reactivation: 'Đã mở khóa tài khoản.',
};

/** Sends one change with its reason; the answer is the user as it now stands. */
function send(userId: string, change: Change, reason: string, key: string): Promise<UserView> {
  const params = { path: { id: userId }, header: { 'Idempotency-Key': key } };
  if (change.kind === 'grant' || change.kind === 'revoke') {
    const body = { role: change.role, unitId: change.unitId, reason } as never;
    return call<UserView>(
      change.kind === 'grant'
        ? api.POST('/api/admin/users/{id}/roles', { params, body })
        : api.POST('/api/admin/users/{id}/roles/revocation', { params, body }),
    );
  }
  return call<UserView>(
    change.kind === 'deactivation'
      ? api.POST('/api/admin/users/{id}/deactivation', { params, body: { reason } as never })
      : api.POST('/api/admin/users/{id}/reactivation', { params, body: { reason } as never }),
  );
}

/**
 * One account in a drawer: its role grants (current and ended), grant a role at a unit, revoke a
 * current one, lock or unlock the account. Every change asks for the reason the history keeps.
 */
export function UserPanel({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const labels = useLabels().data;
  const units = useUnits().data;
  const queryClient = useQueryClient();
  const phone = !Grid.useBreakpoint().md;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [grant, setGrant] = useState<{ role?: string; unitId?: string }>({});
  const [grantError, setGrantError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const user = useQuery({
    queryKey: ['admin-user', userId],
    enabled: userId !== null,
    queryFn: () => call<UserView>(api.GET('/api/admin/users/{id}', { params: { path: { id: userId ?? '' } } })),
  });
  const change = useMutation({
    mutationFn: (c: Change) => send(userId ?? '', c, reason.trim(), key),
    onSuccess: (updated, c) => {
      queryClient.setQueryData(['admin-user', userId], updated);
      void queryClient.invalidateQueries({ queryKey: ['admin-users'] });
      setKey(newIdempotencyKey());
      setReason('');
      setDone(DONE[c.kind]);
      if (c.kind === 'grant') setGrant({});
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  /** Sends `c` once a reason is written; otherwise says so under the reason field. */
  const submit = (c: Change) => {
    setDone(null);
    if (!reason.trim()) {
      setReasonError('Nhập lý do: lý do được ghi vào lịch sử tài khoản.');
      return;
    }
    setReasonError(null);
    change.mutate(c);
  };
  const roleName = (role: string) => labels?.roles[role]?.vi ?? role;
  const u = user.data;
  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      title={u ? `Tài khoản của ${u.fullName}` : 'Tài khoản'}
      size={phone ? '100%' : 640}
      destroyOnHidden
    >
      <div data-testid="user-panel">
        {user.error && <Alert type="error" showIcon title={errorText(user.error)} />}
        {u && (
          <>
            <Descriptions column={1} size="small" bordered className="section">
              <Descriptions.Item label="Tên đăng nhập">{u.username}</Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                {u.active ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Đã khóa</Tag>}
              </Descriptions.Item>
            </Descriptions>
            <Form layout="vertical">
              <Form.Item
                label="Lý do (ghi vào lịch sử)"
                htmlFor="user-change-reason"
                validateStatus={reasonError ? 'error' : undefined}
                help={reasonError}
                extra="Bắt buộc cho mọi thay đổi: phân quyền, thu hồi, khóa hoặc mở khóa."
              >
                <Input.TextArea
                  id="user-change-reason"
                  rows={2}
                  maxLength={4000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </Form.Item>
            </Form>
            <Table<RoleGrantView>
              className="section"
              size="small"
              pagination={false}
              rowKey={(g) => `${g.role}|${g.unitId}|${g.validFrom}`}
              dataSource={u.roles}
              scroll={{ x: 'max-content' }}
              onRow={(g) =>
                ({ 'data-role': g.role, 'data-unit-id': g.unitId, 'data-current': String(g.current) }) as never
              }
              locale={{ emptyText: 'Chưa có vai trò nào.' }}
              columns={[
                { title: 'Vai trò', render: (_, g) => roleName(g.role) },
                { title: 'Đơn vị', dataIndex: 'unitName' },
                {
                  title: 'Thời gian',
                  render: (_, g) =>
                    `từ ${formatDateTime(g.validFrom)}${g.validTo ? ` đến ${formatDateTime(g.validTo)}` : ''}`,
                },
                {
                  title: 'Thao tác',
                  render: (_, g) =>
                    g.current ? (
                      <Button
                        danger
                        size="small"
                        aria-label={`Thu hồi quyền ${roleName(g.role)} tại ${g.unitName}`}
                        loading={change.isPending}
                        onClick={() => submit({ kind: 'revoke', role: g.role, unitId: g.unitId })}
                      >
                        Thu hồi
                      </Button>
                    ) : (
                      <Tag>Đã kết thúc</Tag>
                    ),
                },
              ]}
            />
            <fieldset className="section">
              <legend>Phân quyền mới</legend>
              <Space wrap align="start">
                <Select
                  aria-label="Vai trò"
                  placeholder="Vai trò"
                  style={{ minWidth: 200 }}
                  value={grant.role}
                  onChange={(role: string) => setGrant((g) => ({ ...g, role }))}
                  options={Object.entries(labels?.roles ?? {}).map(([value, l]) => ({ value, label: l.vi }))}
                />
                <TreeSelect
                  aria-label="Tại đơn vị"
                  placeholder="Tại đơn vị"
                  style={{ minWidth: 260, maxWidth: '100%' }}
                  value={grant.unitId}
                  onChange={(unitId: string) => setGrant((g) => ({ ...g, unitId }))}
                  treeData={unitTreeOptions(units?.roots ?? [])}
                  showSearch={{ treeNodeFilterProp: 'title' }}
                />
                <Button
                  type="primary"
                  loading={change.isPending}
                  onClick={() => {
                    if (!grant.role || !grant.unitId) {
                      setGrantError('Chọn vai trò và đơn vị.');
                      return;
                    }
                    setGrantError(null);
                    submit({ kind: 'grant', role: grant.role, unitId: grant.unitId });
                  }}
                >
                  Phân quyền
                </Button>
              </Space>
              {grantError && <p className="field-error">{grantError}</p>}
            </fieldset>
            <div className="section">
              {u.active ? (
                <Button danger loading={change.isPending} onClick={() => submit({ kind: 'deactivation' })}>
                  Khóa tài khoản
                </Button>
              ) : (
                <Button loading={change.isPending} onClick={() => submit({ kind: 'reactivation' })}>
                  Mở khóa tài khoản
                </Button>
              )}
            </div>
            <div aria-live="polite">
              {change.error && <Alert type="error" showIcon role="alert" title={errorText(change.error)} />}
              {done && !change.error && <Alert type="success" showIcon title={done} />}
            </div>
          </>
        )}
      </div>
    </Drawer>
  );
}
