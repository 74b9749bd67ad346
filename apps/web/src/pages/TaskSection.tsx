import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { NominationForCaller, TaskAction } from '@vinhdanh/api';
import { errorText, newIdempotencyKey } from '../api/client';
import { formatDateTime } from '../lib/format';
import { usePeople } from '../lib/people';
import { useMe } from '../lib/session';
import { sendTaskCommand } from '../lib/tasks';

/** Who holds the task, in words: "Chưa ai nhận", or the holder since when and who assigned it. */
export function holderText(holder: NominationForCaller['taskHolder'], myId: string | undefined): string {
  if (!holder) return 'Chưa ai nhận';
  const name = holder.userId === myId ? `${holder.name} (Tôi)` : holder.name;
  const by = holder.assignedBy ? ` · do ${holder.assignedBy.name} giao` : '';
  return `${name}, nhận từ ${formatDateTime(holder.since)}${by}`;
}

interface AssignValues {
  assigneeUserId?: string;
  reason?: string;
}

/**
 * Người xử lý: who holds the open task, and the task commands the server lists in `taskActions`
 * (claim, release, assign to a colleague found by name, recuse for a conflict of interest).
 */
export function TaskSection({ n }: { n: NominationForCaller }) {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [assignForm] = Form.useForm<AssignValues>();
  const [recuseForm] = Form.useForm<{ reason?: string }>();
  const [search, setSearch] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const task = n.currentTask;
  const offers = (a: TaskAction) => n.taskActions.includes(a);
  const people = usePeople(offers('assign') ? task?.unitId : undefined, search, 'nomination.decide');
  const send = useMutation({
    mutationFn: (v: { action: TaskAction; body: { assigneeUserId?: string; reason?: string }; said: string }) =>
      sendTaskCommand(v.action, n.id, newIdempotencyKey(), { taskSeq: task?.taskSeq, ...v.body }),
    onSuccess: async (_, v) => {
      setDone(v.said);
      assignForm.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
      await queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
  const recused = n.recusals.find((r) => r.userId === me?.id);
  if (!task && !recused) return null;
  const act = (action: TaskAction, said: string, body: { assigneeUserId?: string; reason?: string } = {}) => {
    setDone(null);
    send.mutate({ action, body, said });
  };
  const nameOf = (id: string | undefined) => people.data?.find((p) => p.userId === id)?.fullName ?? '';
  return (
    <Card title="Người xử lý" className="section no-print" data-testid="task-section">
      <p data-testid="task-holder">{holderText(n.taskHolder, me?.id)}</p>
      <div aria-live="polite">
        {done && <Alert className="section" type="success" showIcon title={<span role="status">{done}</span>} />}
      </div>
      <div aria-live="assertive">
        {send.error && <Alert className="section" type="error" showIcon role="alert" title={errorText(send.error)} />}
      </div>
      {recused ? (
        <div data-testid="recused">
          <Alert
            type="info"
            showIcon
            title={`Bạn đã tự rút khỏi hồ sơ này lúc ${formatDateTime(recused.at)}: ${recused.reason}`}
          />
        </div>
      ) : (
        <>
          <Space wrap className="section">
            {offers('claim') && (
              <Button
                type="primary"
                loading={send.isPending}
                onClick={() => act('claim', 'Bạn đã nhận xử lý hồ sơ này.')}
              >
                Nhận xử lý
              </Button>
            )}
            {offers('release') && (
              <Button loading={send.isPending} onClick={() => act('release', 'Đã trả việc về đơn vị.')}>
                Trả việc về đơn vị
              </Button>
            )}
          </Space>
          {offers('assign') && (
            <Form<AssignValues>
              name="assign"
              form={assignForm}
              layout="vertical"
              data-testid="assign-form"
              onFinish={(v) =>
                act('assign', `Đã giao việc cho ${nameOf(v.assigneeUserId)}.`, {
                  assigneeUserId: v.assigneeUserId,
                  ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
                })
              }
            >
              <Form.Item
                name="assigneeUserId"
                label="Giao cho"
                rules={[{ required: true, message: 'Cần chọn người được giao.' }]}
              >
                <Select
                  showSearch={{ filterOption: false, onSearch: setSearch }}
                  loading={people.isFetching}
                  placeholder="Gõ tên để tìm"
                  notFoundContent={people.isFetching ? 'Đang tìm…' : 'Không tìm thấy ai'}
                  options={(people.data ?? []).map((p) => ({ value: p.userId, label: p.fullName }))}
                />
              </Form.Item>
              <Form.Item name="reason" label="Lý do giao việc">
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button htmlType="submit" loading={send.isPending}>
                Giao việc
              </Button>
            </Form>
          )}
          {offers('recuse') && (
            <Collapse
              className="section"
              size="small"
              items={[
                {
                  key: 'recuse',
                  label: 'Tự rút do xung đột lợi ích',
                  children: (
                    <Form
                      name="recuse"
                      form={recuseForm}
                      layout="vertical"
                      data-testid="recuse-form"
                      onFinish={(v: { reason?: string }) =>
                        modal.confirm({
                          title: 'Tự rút khỏi hồ sơ này?',
                          content: 'Sau khi tự rút, bạn không xử lý được hồ sơ này nữa.',
                          okText: 'Tự rút',
                          cancelText: 'Không',
                          onOk: () => act('recuse', 'Đã ghi nhận việc tự rút.', { reason: v.reason?.trim() }),
                        })
                      }
                    >
                      <Form.Item
                        name="reason"
                        label="Lý do tự rút"
                        rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do.' }]}
                      >
                        <Input.TextArea rows={2} />
                      </Form.Item>
                      <Button danger htmlType="submit">
                        Tự rút khỏi hồ sơ
                      </Button>
                    </Form>
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
