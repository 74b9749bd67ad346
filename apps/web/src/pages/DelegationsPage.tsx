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
import type { DelegationView, DirectoryPerson } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate } from '../lib/format';
import { APPROVER_ROLES, useMe } from '../lib/session';

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

/** People of a unit to choose from, searched by name on the server (never typed as an id). */
export function usePeople(unitId: string | undefined, search: string) {
  return useQuery({
    queryKey: ['people', unitId, search],
    enabled: unitId !== undefined,
    queryFn: () =>
      call<{ items: DirectoryPerson[] }>(
        api.GET('/api/directory/people', {
          params: { query: { unitId: unitId ?? '', q: search || undefined } as never },
        }),
      ),
    select: (d) => d.items,
  });
}

/** Ủy quyền: lend my approver roles at a unit to a colleague chosen by name, until a day. */
export function DelegationsPage() {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelegationForm>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [search, setSearch] = useState('');
  const unitId = Form.useWatch('unitId', form);
  const people = usePeople(unitId, search);
  const list = useQuery({
    queryKey: ['delegations'],
    queryFn: () => call<{ given: DelegationView[]; received: DelegationView[] }>(api.GET('/api/delegations')),
  });
  const myUnits = (me?.roles ?? []).filter((g) => (APPROVER_ROLES as readonly string[]).includes(g.role));
  const unitOptions = [...new Map(myUnits.map((g) => [g.unitId, { value: g.unitId, label: g.unitName }])).values()];
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
  ];
  return (
    <section aria-labelledby="delegations-title">
      <Typography.Title level={1} id="delegations-title">
        Ủy quyền xét duyệt
      </Typography.Title>
      {unitOptions.length > 0 && (
        <Card title="Ủy quyền cho đồng nghiệp khi vắng mặt" className="section no-print">
          <Form<DelegationForm>
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
      <Table<DelegationView>
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns('delegate')}
        dataSource={list.data?.given ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa ủy quyền cho ai.' }}
      />
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
    </section>
  );
}
