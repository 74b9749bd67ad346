import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Space, Steps } from 'antd';
import { useState } from 'react';
import type { NominationForCaller } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { can, useLabels, useMe } from '../lib/session';

type Step = 'intake' | 'appraisal' | 'vote';

const PATHS = {
  intake: '/api/nominations/{id}/intake',
  appraisal: '/api/nominations/{id}/appraisal',
  vote: '/api/nominations/{id}/vote',
} as const satisfies Record<Step, string>;

/** The council's tally fields, in the order the minutes list them. */
const TALLY = [
  ['membersTotal', 'Tổng số thành viên Hội đồng'],
  ['present', 'Số thành viên có mặt'],
  ['votesFor', 'Số phiếu tán thành tại cuộc họp'],
  ['votesAgainst', 'Số phiếu không tán thành tại cuộc họp'],
  ['abstentions', 'Số phiếu không biểu quyết'],
  ['writtenFor', 'Số ý kiến tán thành bằng văn bản (vắng mặt)'],
  ['writtenAgainst', 'Số ý kiến không tán thành bằng văn bản (vắng mặt)'],
] as const;

/**
 * Bước thủ tục: the level's procedure before the decision (intake, appraisal, the council vote),
 * its steps shown in order and the one under way recorded here, by whom the server lets record it
 * (policy `nomination.procedureStep`, from the capabilities); the sign-off is the decision itself.
 */
export function ProcedureStepCard({ n }: { n: NominationForCaller }) {
  const me = useMe().data;
  const labels = useLabels().data;
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (v: { step: Step; body: Record<string, unknown> }) =>
      call<{ vote?: { reasonVi: string } }>(
        api.POST(PATHS[v.step], {
          params: { path: { id: n.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { ...v.body, taskSeq: n.currentTask?.taskSeq } as never,
        }),
      ),
    onSuccess: async (answer, v) => {
      setDone(
        v.step === 'vote'
          ? `Đã ghi kết quả bình xét. ${answer.vote?.reasonVi ?? ''}`.trim()
          : v.step === 'intake'
            ? 'Đã tiếp nhận hồ sơ.'
            : 'Đã ghi kết quả thẩm định.',
      );
      await queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
    },
  });
  const task = n.currentTask;
  const procedure = n.procedure;
  if (!task || task.kind !== 'review' || !procedure?.steps?.length) return null;
  const step = procedure.step as Step | 'signoff' | null;
  const mayRecord = can(me, 'nomination.procedureStep', task.unitId);
  const stepName = (s: string) => labels?.procedureSteps[s]?.vi ?? '';
  const record = (s: Step, body: Record<string, unknown>) => {
    setDone(null);
    send.mutate({ step: s, body });
  };
  return (
    <Card title="Các bước thủ tục tại cấp này" className="section no-print" data-testid="procedure">
      <Steps
        size="small"
        current={procedure.steps.indexOf(step ?? '')}
        items={procedure.steps.map((s) => ({ title: stepName(s) }))}
      />
      <div aria-live="polite">
        {done && <Alert className="section" type="success" showIcon title={<span role="status">{done}</span>} />}
      </div>
      <div aria-live="assertive">
        {send.error && <Alert className="section" type="error" showIcon role="alert" title={errorText(send.error)} />}
      </div>
      {mayRecord && step === 'intake' && (
        <Space wrap className="section">
          <Button type="primary" loading={send.isPending} onClick={() => record('intake', { complete: true })}>
            Tiếp nhận: hồ sơ đủ thành phần
          </Button>
          <span>Hồ sơ thiếu: trả lại để bổ sung ở phần quyết định.</span>
        </Space>
      )}
      {mayRecord && step === 'appraisal' && (
        <Form
          name="appraisal"
          layout="vertical"
          className="section"
          onFinish={(v: { note?: string }) => record('appraisal', v.note?.trim() ? { note: v.note.trim() } : {})}
        >
          <Form.Item
            name="note"
            label="Ghi chú thẩm định (không bắt buộc)"
            extra="Hệ thống tự đối chiếu điều kiện khen thưởng (lịch sử khen thưởng, điều kiện tiên quyết)."
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            Ghi kết quả thẩm định
          </Button>
        </Form>
      )}
      {mayRecord && step === 'vote' && (
        <Form
          name="vote"
          layout="vertical"
          className="section"
          onFinish={(v: Record<string, number | string | undefined>) =>
            record('vote', {
              ...Object.fromEntries(TALLY.map(([k]) => [k, v[k] ?? 0])),
              ...(typeof v.minutesNumber === 'string' && v.minutesNumber.trim()
                ? { minutesNumber: v.minutesNumber.trim() }
                : {}),
            })
          }
        >
          <Space wrap align="start">
            {TALLY.map(([k, label]) => (
              <Form.Item
                key={k}
                name={k}
                label={label}
                rules={k === 'membersTotal' ? [{ required: true, message: 'Nhập tổng số thành viên.' }] : []}
              >
                <InputNumber min={0} max={1000} controls={false} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item name="minutesNumber" label="Số biên bản họp (không bắt buộc)">
            <Input autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            Ghi kết quả bình xét
          </Button>
        </Form>
      )}
    </Card>
  );
}
