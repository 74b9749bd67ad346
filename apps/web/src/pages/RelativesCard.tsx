import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Table } from 'antd';
import { useState } from 'react';
import type { RelativeView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate } from '../lib/format';

type RelativeForm = Pick<RelativeView, 'personKey' | 'fullName' | 'relation'>;

const required = [{ required: true, whitespace: true, message: 'Cần nhập.' }];

/**
 * Kê khai người thân: people the user declares as relatives, so the system keeps them off those
 * people's nominations (a conflict of interest); the list and a form of three fields.
 */
export function RelativesCard() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<RelativeForm>();
  const [key, setKey] = useState(newIdempotencyKey);
  const list = useQuery({
    queryKey: ['relatives'],
    queryFn: () => call<RelativeView[]>(api.GET('/api/me/relatives')),
  });
  const declare = useMutation({
    mutationFn: (v: RelativeForm) =>
      call<RelativeView>(
        api.POST('/api/me/relatives', {
          params: { header: { 'Idempotency-Key': key } },
          body: { personKey: v.personKey.trim(), fullName: v.fullName.trim(), relation: v.relation.trim() } as never,
        }),
      ),
    onSuccess: () => {
      setKey(newIdempotencyKey());
      form.resetFields();
      void message.success('Đã kê khai người thân.');
      void queryClient.invalidateQueries({ queryKey: ['relatives'] });
    },
  });
  return (
    <Card title="Người thân đã kê khai" className="section" data-testid="relatives">
      <p>Bạn sẽ không được giao, nhận hay quyết định hồ sơ đề nghị khen thưởng của người thân đã kê khai.</p>
      <Table<RelativeView>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        onRow={(r) => ({ 'data-relative-id': r.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: 'Chưa kê khai người thân nào.' }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Quan hệ', dataIndex: 'relation' },
          { title: 'Mã định danh', dataIndex: 'personKey', responsive: ['md'] },
          { title: 'Ngày kê khai', dataIndex: 'declaredAt', render: (v: string) => formatDate(v) },
        ]}
      />
      <Form<RelativeForm>
        name="relative"
        form={form}
        layout="vertical"
        className="section no-print"
        data-testid="relative-form"
        onFinish={(v) => declare.mutate(v)}
      >
        <Form.Item name="personKey" label="Mã định danh (số CCCD hoặc mã đoàn viên)" rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="fullName" label="Họ và tên" rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="relation" label="Quan hệ" rules={required} extra="Ví dụ: vợ, con, anh ruột, em gái.">
          <Input autoComplete="off" />
        </Form.Item>
        <div aria-live="assertive">
          {declare.error && <Alert type="error" showIcon role="alert" title={errorText(declare.error)} />}
        </div>
        <Button type="primary" htmlType="submit" loading={declare.isPending}>
          Kê khai
        </Button>
      </Form>
    </Card>
  );
}
