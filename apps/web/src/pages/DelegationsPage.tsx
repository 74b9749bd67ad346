import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DelegationView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate } from '../lib/format';
import { usePeople } from '../lib/people';
import { unitsFor, useMe, useUnits } from '../lib/session';
import { RelativesCard } from './RelativesCard';

const STATUS: Record<DelegationView['status'], { text: string; color: string }> = {
  scheduled: { text: 'Sắp hiệu lực', color: 'blue' },
  active: { text: 'Đang hiệu lực', color: 'green' },
  ended: { text: 'Đã hết hạn', color: 'default' },
  revoked: { text: 'Đã thu hồi', color: 'default' },
};

interface DelegationForm {
  unitId?: string;
  delegateUserId?: string;
  endsOn?: Dayjs;
  reason?: string;
}

/** Ủy quyền: lend my approver roles at a unit to a colleague chosen by name, until a day. */
export function DelegationsPage() {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<DelegationForm>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [search, setSearch] = useState('');
  const unitId = Form.useWatch('unitId', form);
  const people = usePeople(unitId, search);
  const list = useQuery({
    queryKey: ['delegations'],
    queryFn: () => call<{ given: DelegationView[]; received: DelegationView[] }>(api.GET('/api/delegations')),
  });
  const units = useUnits().data;
  // Where the server says the user may lend their roles (policy `delegation.lend`).
  const unitOptions = unitsFor(me, 'delegation.lend').map((id) => ({
    value: id,
    label: units?.byId.get(id)?.name ?? me?.roles.find((g) => g.unitId === id)?.unitName ?? '',
  }));
  const create = useMutation({
    mutationFn: (v: DelegationForm) =>
      call<unknown>(
        api.POST('/api/delegations', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            unitId: v.unitId,
            delegateUserId: v.delegateUserId,
            // The end of the chosen day in Vietnam time.
            endsAt: `${v.endsOn?.format('YYYY-MM-DD') ?? ''}T23:59:59+07:00`,
            reason: v.reason?.trim(),
          } as never,
        }),
      ),
    onSuccess: () => {
      setKey(newIdempotencyKey());
      form.resetFields(['delegateUserId', 'endsOn', 'reason']);
      void message.success('Đã ủy quyền.');
      void queryClient.invalidateQueries({ queryKey: ['delegations'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (d: DelegationView) =>
      call<DelegationView>(
        api.POST('/api/delegations/{id}/revoke', {
          params: { path: { id: d.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: {} as never,
        }),
      ),
    onSuccess: () => {
      void message.success('Đã thu hồi ủy quyền.');
      void queryClient.invalidateQueries({ queryKey: ['delegations'] });
    },
    onError: (err) => void message.error(errorText(err)),
  });
  const confirmRevoke = (d: DelegationView) =>
    modal.confirm({
      title: `Thu hồi ủy quyền cho ${d.delegate.name}?`,
      content: 'Người được ủy quyền sẽ không xử lý hồ sơ thay bạn nữa, từ ngay bây giờ.',
      okText: 'Thu hồi',
      cancelText: 'Không',
      okButtonProps: { danger: true },
      onOk: () => revoke.mutateAsync(d),
    });
  const columns = (who: 'delegate' | 'delegator'): TableColumnsType<DelegationView> => [
    { title: who === 'delegate' ? 'Người được ủy quyền' : 'Người ủy quyền', render: (_, d) => d[who].name },
    { title: 'Đơn vị', dataIndex: 'unitName', responsive: ['md'] },
    { title: 'Từ ngày', dataIndex: 'startsAt', render: (v: string) => formatDate(v) },
    { title: 'Đến ngày', dataIndex: 'endsAt', render: (v: string) => formatDate(v) },
    {
      title: 'Tình trạng',
      dataIndex: 'status',
      render: (s: DelegationView['status']) => <Tag color={STATUS[s].color}>{STATUS[s].text}</Tag>,
    },
    ...(who === 'delegate'
      ? [
          {
            title: 'Thao tác',
            className: 'no-print',
            render: (_: unknown, d: DelegationView) =>
              d.status === 'active' || d.status === 'scheduled' ? (
                <Button
                  size="small"
                  danger
                  aria-label={`Thu hồi ủy quyền cho ${d.delegate.name}`}
                  onClick={() => confirmRevoke(d)}
                >
                  Thu hồi
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="delegations-title">
      <Typography.Title level={1} id="delegations-title">
        Ủy quyền xét duyệt
      </Typography.Title>
      {unitOptions.length > 0 && (
        <Card title="Ủy quyền cho đồng nghiệp khi vắng mặt" className="section no-print">
          <Form<DelegationForm>
            name="delegation"
            data-testid="delegation-form"
            form={form}
            layout="vertical"
            initialValues={{ unitId: unitOptions[0]?.value }}
            onFinish={(v) => create.mutate(v)}
          >
            <Form.Item name="unitId" label="Tại đơn vị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
              <Select options={unitOptions} />
            </Form.Item>
            <Form.Item
              name="delegateUserId"
              label="Người được ủy quyền"
              rules={[{ required: true, message: 'Chọn người được ủy quyền.' }]}
            >
              <Select
                showSearch={{ filterOption: false, onSearch: setSearch }}
                loading={people.isFetching}
                placeholder="Gõ tên để tìm"
                notFoundContent={people.isFetching ? 'Đang tìm…' : 'Không tìm thấy ai'}
                options={(people.data ?? [])
                  .filter((p) => p.userId !== me?.id)
                  .map((p) => ({ value: p.userId, label: p.fullName }))}
              />
            </Form.Item>
            <Form.Item name="endsOn" label="Đến hết ngày" rules={[{ required: true, message: 'Chọn ngày kết thúc.' }]}>
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
            </Form.Item>
            <Form.Item
              name="reason"
              label="Lý do"
              rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            <div aria-live="assertive">
              {create.error && <Alert type="error" showIcon role="alert" title={errorText(create.error)} />}
            </div>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              Ủy quyền
            </Button>
          </Form>
        </Card>
      )}
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Typography.Title level={2}>Tôi đã ủy quyền</Typography.Title>
      <div data-testid="dl-given">
        <Table<DelegationView>
          rowKey="id"
          size="small"
          loading={list.isPending}
          columns={columns('delegate')}
          dataSource={list.data?.given ?? []}
          pagination={false}
          onRow={(d) => ({ 'data-status': d.status }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: 'Chưa ủy quyền cho ai.' }}
        />
      </div>
      <Typography.Title level={2}>Tôi được ủy quyền</Typography.Title>
      <Table<DelegationView>
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns('delegator')}
        dataSource={list.data?.received ?? []}
        pagination={false}
        locale={{ emptyText: 'Không có ủy quyền nào cho bạn.' }}
      />
      <RelativesCard />
    </section>
  );
}
