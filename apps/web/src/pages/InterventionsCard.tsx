import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Collapse, Form, Input, Space } from 'antd';
import { useState } from 'react';
import type { NominationForCaller } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { can, useMe } from '../lib/session';

type Intervention = 'reminder' | 'force-return' | 'cancellation';

const PATHS = {
  reminder: '/api/admin/nominations/{id}/reminder',
  'force-return': '/api/admin/nominations/{id}/force-return',
  cancellation: '/api/admin/nominations/{id}/cancellation',
} as const satisfies Record<Intervention, string>;

const SAID: Record<Intervention, string> = {
  reminder: 'Đã nhắc người đang xử lý.',
  'force-return': 'Đã trả hồ sơ về đơn vị đề nghị.',
  cancellation: 'Đã hủy hồ sơ.',
};

/**
 * Can thiệp: an administrator above the nomination (policy `nomination.intervene`, from the server's
 * capabilities) reminds the task's holder, returns it to the nominating unit or cancels it; each
 * with a reason, the last two after a confirmation.
 */
export function InterventionsCard({ n }: { n: NominationForCaller }) {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [done, setDone] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (v: { what: Intervention; reason: string }) =>
      call<unknown>(
        api.POST(PATHS[v.what], {
          params: { path: { id: n.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: {
            reason: v.reason,
            ...(v.what === 'cancellation' ? {} : { taskSeq: n.currentTask?.taskSeq }),
          } as never,
        }),
      ),
    onSuccess: async (_, v) => {
      setDone(SAID[v.what]);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
    },
  });
  const allowed = n.route.some((s) => can(me, 'nomination.intervene', s.unitId));
  // Only while a task is open (the interventions act on it; a finished nomination has none).
  if (!allowed || !n.currentTask) return null;
  const run = async (what: Intervention) => {
    setDone(null);
    const { reason } = await form.validateFields();
    const go = () => send.mutateAsync({ what, reason: reason?.trim() ?? '' });
    if (what === 'reminder') return void go();
    modal.confirm({
      title: what === 'cancellation' ? 'Hủy hồ sơ này?' : 'Trả hồ sơ về đơn vị đề nghị?',
      content:
        what === 'cancellation'
          ? 'Hồ sơ kết thúc ở trạng thái "Đã hủy" và trả lại suất chỉ tiêu đã giữ.'
          : 'Đơn vị đề nghị sẽ bổ sung rồi gửi lại; xét duyệt tiếp tục ở cấp đang chờ.',
      okText: what === 'cancellation' ? 'Hủy hồ sơ' : 'Trả về',
      cancelText: 'Không',
      okButtonProps: { danger: true },
      onOk: go,
    });
  };
  return (
    <Collapse
      className="section no-print"
      data-testid="interventions-section"
      items={[
        {
          key: 'interventions',
          label: 'Can thiệp của quản trị viên',
          children: (
            <Form form={form} name="intervention" layout="vertical" data-testid="interventions-form">
              <Form.Item
                name="reason"
                label="Lý do can thiệp"
                rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do.' }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
              <div aria-live="polite">
                {done && (
                  <Alert className="section" type="success" showIcon title={<span role="status">{done}</span>} />
                )}
              </div>
              <div aria-live="assertive">
                {send.error && (
                  <Alert className="section" type="error" showIcon role="alert" title={errorText(send.error)} />
                )}
              </div>
              <Space wrap>
                <Button loading={send.isPending} onClick={() => void run('reminder').catch(() => undefined)}>
                  Nhắc xử lý
                </Button>
                <Button loading={send.isPending} onClick={() => void run('force-return').catch(() => undefined)}>
                  Trả về đơn vị đề nghị
                </Button>
                <Button danger loading={send.isPending} onClick={() => void run('cancellation').catch(() => undefined)}>
                  Hủy hồ sơ
                </Button>
              </Space>
            </Form>
          ),
        },
      ]}
    />
  );
}
