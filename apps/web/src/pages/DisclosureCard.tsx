import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { NominationForCaller } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate, formatDateTime } from '../lib/format';
import { can, useMe } from '../lib/session';

type Disclosure = NonNullable<NominationForCaller['disclosure']>;
type Objection = Disclosure['objections'][number];

/** "từ 15/06/2026 đến 22/06/2026 17:00 (5 ngày làm việc)", or only the length before it is posted. */
export function disclosurePeriod(d: Pick<Disclosure, 'postedAt' | 'endsAt' | 'workingDays'>): string {
  const days = `${d.workingDays} ngày làm việc`;
  if (!d.postedAt || !d.endsAt) return `${days}, chưa niêm yết`;
  return `từ ${formatDate(d.postedAt)} đến ${formatDateTime(d.endsAt)} (${days})`;
}

/** The answer's conclusion in words. */
const conclusion = (upheld: boolean) => (upheld ? 'Ý kiến có cơ sở' : 'Ý kiến không có cơ sở');

/**
 * Công khai: the period of the public disclosure, the objections received and their answers; the
 * nominating unit's staff record an objection while it is posted, its nominator or chair answers
 * (policies `objection.record` and `objection.answer`, from the server's capabilities).
 */
export function DisclosureCard({ n }: { n: NominationForCaller }) {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text?: string; objectorName?: string; objectorContact?: string }>();
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
  const record = useMutation({
    mutationFn: (v: { text?: string; objectorName?: string; objectorContact?: string }) =>
      call<unknown>(
        api.POST('/api/nominations/{id}/objections', {
          params: { path: { id: n.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: {
            text: v.text?.trim(),
            ...(v.objectorName?.trim() ? { objectorName: v.objectorName.trim() } : {}),
            ...(v.objectorContact?.trim() ? { objectorContact: v.objectorContact.trim() } : {}),
          } as never,
        }),
      ),
    onSuccess: async () => {
      setDone('Đã ghi nhận ý kiến phản ánh.');
      form.resetFields();
      await refresh();
    },
  });
  const d = n.disclosure;
  if (!d) return null;
  const mayRecord = d.state === 'open' && can(me, 'objection.record', n.nominatingUnitId);
  const mayAnswer = can(me, 'objection.answer', n.nominatingUnitId);
  return (
    <Card title="Công khai hồ sơ" className="section" data-testid="disclosure">
      <p data-disclosure={d.state}>
        <strong>{d.label.vi}</strong> · <span data-testid="disclosure-period">{disclosurePeriod(d)}</span>
      </p>
      {d.unanswered > 0 && <Alert type="warning" showIcon title={`${d.unanswered} ý kiến chưa được trả lời.`} />}
      <div aria-live="polite">
        {done && <Alert className="section" type="success" showIcon title={<span role="status">{done}</span>} />}
      </div>
      {d.objections.length > 0 && (
        <ul className="objections">
          {d.objections.map((o) => (
            <ObjectionItem key={o.id} n={n} o={o} mayAnswer={mayAnswer} onAnswered={setDone} />
          ))}
        </ul>
      )}
      {mayRecord && (
        <Form
          name="objection"
          form={form}
          layout="vertical"
          className="no-print"
          data-testid="objection-form"
          onFinish={(v) => record.mutate(v)}
        >
          <Form.Item
            name="text"
            label="Nội dung phản ánh"
            rules={[{ required: true, whitespace: true, message: 'Cần ghi nội dung.' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="objectorName" label="Họ tên người phản ánh (nếu có)">
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="objectorContact" label="Liên hệ của người phản ánh (nếu có)">
            <Input autoComplete="off" />
          </Form.Item>
          <div aria-live="assertive">
            {record.error && (
              <Alert className="section" type="error" showIcon role="alert" title={errorText(record.error)} />
            )}
          </div>
          <Button htmlType="submit" loading={record.isPending}>
            Ghi nhận ý kiến
          </Button>
        </Form>
      )}
    </Card>
  );
}

function ObjectionItem({
  n,
  o,
  mayAnswer,
  onAnswered,
}: {
  n: NominationForCaller;
  o: Objection;
  mayAnswer: boolean;
  onAnswered: (said: string) => void;
}) {
  const queryClient = useQueryClient();
  const answer = useMutation({
    mutationFn: (v: { answer?: string; upheld?: boolean }) =>
      call<unknown>(
        api.POST('/api/nominations/{id}/objections/{objectionId}/answer', {
          params: { path: { id: n.id, objectionId: o.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { answer: v.answer?.trim(), upheld: v.upheld } as never,
        }),
      ),
    onSuccess: async () => {
      onAnswered('Đã trả lời ý kiến phản ánh.');
      await queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
    },
  });
  return (
    <li className="objection" data-answered={o.answer ? 'true' : 'false'}>
      <Typography.Paragraph className="prewrap">{o.text}</Typography.Paragraph>
      <Typography.Text type="secondary">
        {o.objectorName ? `Người phản ánh: ${o.objectorName}. ` : ''}Ghi nhận {formatDateTime(o.recordedAt)} bởi{' '}
        {o.recordedBy.name}.
      </Typography.Text>
      {o.answer ? (
        <p>
          <strong>{conclusion(o.answer.upheld)}</strong>: {o.answer.text} ({o.answer.by.name},{' '}
          {formatDateTime(o.answer.at)})
        </p>
      ) : (
        mayAnswer && (
          <Collapse
            size="small"
            className="no-print"
            items={[
              {
                key: 'answer',
                label: 'Trả lời ý kiến',
                children: (
                  <Form
                    name={`answer-${o.id}`}
                    layout="vertical"
                    data-testid="answer-form"
                    onFinish={(v) => answer.mutate(v)}
                  >
                    <Form.Item
                      name="answer"
                      label="Nội dung trả lời"
                      rules={[{ required: true, whitespace: true, message: 'Cần ghi nội dung.' }]}
                    >
                      <Input.TextArea rows={2} />
                    </Form.Item>
                    <Form.Item
                      name="upheld"
                      label="Kết luận"
                      rules={[{ required: true, message: 'Cần chọn kết luận.' }]}
                    >
                      <Radio.Group
                        options={[
                          { value: true, label: conclusion(true) },
                          { value: false, label: conclusion(false) },
                        ]}
                      />
                    </Form.Item>
                    <div aria-live="assertive">
                      {answer.error && <Alert type="error" showIcon role="alert" title={errorText(answer.error)} />}
                    </div>
                    <Button htmlType="submit" loading={answer.isPending}>
                      Gửi trả lời
                    </Button>
                  </Form>
                ),
              },
            ]}
          />
        )
      )}
    </li>
  );
}
