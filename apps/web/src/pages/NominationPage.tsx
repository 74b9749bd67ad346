import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Space,
  Spin,
  Steps,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { InboxResponse, NominationAction, NominationForCaller } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate, formatDateTime } from '../lib/format';
import { nextTask } from '../lib/inbox';
import { useCampaigns, useLabels, useUnits } from '../lib/session';
import { AttachmentsList } from './AttachmentsList';
import { DisclosureCard } from './DisclosureCard';
import { InterventionsCard } from './InterventionsCard';
import { ProcedureStepCard } from './ProcedureStepCard';
import { QuotaGauge } from './QuotaGauge';
import { TaskSection } from './TaskSection';

export function useNomination(id: string) {
  return useQuery({
    queryKey: ['nomination', id],
    queryFn: () => call<NominationForCaller>(api.GET('/api/nominations/{id}', { params: { path: { id } } })),
  });
}

/** Hồ sơ: the dossier, the route through the levels, the timeline and what the user may do (the API's `allowedActions`). */
export function NominationPage() {
  const { id = '' } = useParams();
  const nomination = useNomination(id);
  const labels = useLabels().data;
  const campaigns = useCampaigns().data;
  const units = useUnits().data;
  if (nomination.isPending) return <Spin aria-label="Đang tải hồ sơ" />;
  if (nomination.error) return <Alert type="error" showIcon title={errorText(nomination.error)} />;
  const n = nomination.data;
  const campaign = campaigns?.find((c) => c.id === n.campaignId);
  const dossier = n.dossier;
  const nominee = dossier.nominee;
  return (
    <article className="nomination" aria-labelledby="nomination-title">
      <Typography.Title level={1} id="nomination-title">
        {n.nominee.name}
      </Typography.Title>
      <p>
        <Tag color={n.status === 'GRANTED' ? 'green' : n.status === 'REJECTED' ? 'red' : 'blue'} data-status={n.status}>
          {n.statusLabel.vi}
        </Tag>{' '}
        {labels?.awards[n.awardCode]?.vi}
      </p>
      {n.currentTask?.kind === 'review' && (
        <QuotaGauge campaignId={n.campaignId} unitId={n.currentTask.unitId} awardCode={n.awardCode} />
      )}
      <DecisionPanel n={n} />
      <RevisionPanel n={n} />
      <ProcedureStepCard n={n} />
      <TaskSection n={n} />
      <InterventionsCard n={n} />
      <DisclosureCard n={n} />
      <Card title="Hồ sơ đề nghị" className="section">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Hình thức khen thưởng">{labels?.awards[n.awardCode]?.vi}</Descriptions.Item>
          <Descriptions.Item label="Đợt thi đua">{campaign?.name}</Descriptions.Item>
          <Descriptions.Item label="Đơn vị đề nghị">{units?.byId.get(n.nominatingUnitId)?.name}</Descriptions.Item>
          <Descriptions.Item label="Ngày gửi">{formatDate(n.submittedAt)}</Descriptions.Item>
          {nominee.kind === 'person' ? <Descriptions.Item label="Chức vụ">{nominee.position}</Descriptions.Item> : null}
          {n.decisionNumber && <Descriptions.Item label="Số quyết định">{n.decisionNumber}</Descriptions.Item>}
        </Descriptions>
        <Typography.Title level={3}>Thành tích</Typography.Title>
        <Typography.Paragraph className="prewrap">{dossier.achievements}</Typography.Paragraph>
        {dossier.attachments.length > 0 && (
          <>
            <Typography.Title level={3}>Tài liệu kèm theo</Typography.Title>
            <AttachmentsList attachments={dossier.attachments} />
          </>
        )}
      </Card>
      <Card title="Các cấp xét duyệt" className="section">
        <Steps
          orientation="vertical"
          size="small"
          current={n.route.findIndex((s) => s.state === 'current')}
          items={n.route.map((s) => ({
            title: s.unitName,
            content: labels?.levels[String(s.level)]?.vi,
            status: s.state === 'done' ? 'finish' : s.state === 'current' ? 'process' : 'wait',
          }))}
        />
      </Card>
      <Card title="Diễn biến hồ sơ (giờ Việt Nam)" className="section">
        <Timeline
          items={[...n.history].reverse().map((e) => ({
            key: e.version,
            content: (
              <>
                <strong>{labels?.events[e.type]?.vi ?? 'Sự kiện khác'}</strong>
                <br />
                <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
                {e.actor.name ? ` — ${e.actor.name}` : ''}
                {e.reason && <div className="prewrap">Lý do: {e.reason}</div>}
              </>
            ),
          }))}
        />
      </Card>
    </article>
  );
}

interface DecisionValues {
  decision: 'approve' | 'return' | 'reject';
  decisionNumber?: string;
  reason?: string;
}

/** The decisions among the caller's allowed actions, in the order the form offers them. */
const DECISIONS = ['approve', 'return', 'reject'] as const satisfies readonly NominationAction[];

/**
 * Quyết định: approve (grant, at the granting level: the decision number is asked for up front),
 * return or reject — those the API lists in `allowedActions`, nothing derived here; then straight
 * to the next task of the inbox.
 */
function DecisionPanel({ n }: { n: NominationForCaller }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionValues>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [done, setDone] = useState<string | null>(null);
  const decision = Form.useWatch('decision', form) ?? 'approve';
  const task = n.currentTask;
  const step = task?.kind === 'review' ? (n.procedure?.step ?? null) : null;
  const decisions = DECISIONS.filter((d) => n.allowedActions.includes(d));
  const offered = decisions.join('|');
  // The decisions on offer change when a procedure step reaches the sign-off: choose the first again.
  useEffect(() => {
    form.setFieldsValue({ decision: offered.split('|')[0] as DecisionValues['decision'] });
  }, [form, offered]);
  const mayApprove = decisions.includes('approve');
  const granting = task?.kind === 'review' && task.level === n.route.at(-1)?.level;
  const send = useMutation({
    mutationFn: (values: DecisionValues) =>
      call<unknown>(
        api.POST('/api/nominations/{id}/decisions', {
          params: { path: { id: n.id }, header: { 'Idempotency-Key': key } },
          body: {
            decision: values.decision,
            taskSeq: task?.taskSeq,
            ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
            ...(values.decision === 'approve' && granting ? { decisionNumber: values.decisionNumber?.trim() } : {}),
          } as never,
        }),
      ),
    onSuccess: async (_, values) => {
      setDone(
        values.decision === 'approve'
          ? granting
            ? 'Đã quyết định khen thưởng.'
            : 'Đã đồng ý, chuyển cấp trên.'
          : values.decision === 'return'
            ? 'Đã trả lại để bổ sung.'
            : 'Đã ghi nhận: không đạt.',
      );
      await queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
      await queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  if (done) return <NextTask nominationId={n.id} text={done} onGo={(id) => void navigate(`/nominations/${id}`)} />;
  if (decisions.length === 0) return null;
  return (
    <Card title="Quyết định của bạn" className="section decision-card no-print">
      {step !== null && step !== 'signoff' && (
        <Alert
          className="section"
          type="info"
          showIcon
          title="Hồ sơ đang ở bước thủ tục (tiếp nhận, thẩm định hoặc bình xét): ghi bước đó ở phần thủ tục bên dưới; tại đây chỉ trả lại hoặc không đạt."
        />
      )}
      <Form<DecisionValues>
        name="decision"
        form={form}
        layout="vertical"
        initialValues={{ decision: decisions[0] }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item name="decision" label="Quyết định">
          <Radio.Group
            options={decisions.map((d) => ({
              value: d,
              label:
                d === 'approve'
                  ? granting
                    ? 'Quyết định khen thưởng'
                    : 'Đồng ý, chuyển cấp trên'
                  : d === 'return'
                    ? 'Trả lại để bổ sung'
                    : 'Không đạt',
            }))}
          />
        </Form.Item>
        {mayApprove && granting && decision === 'approve' && (
          <Form.Item
            name="decisionNumber"
            label="Số quyết định khen thưởng"
            rules={[{ required: true, whitespace: true, message: 'Nhập số quyết định khen thưởng.' }]}
          >
            <Input autoComplete="off" placeholder="Ví dụ: 123/QĐ-LĐLĐ" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={decision === 'approve' ? 'Ý kiến (không bắt buộc)' : 'Lý do'}
          rules={decision === 'approve' ? [] : [{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <div aria-live="assertive">
          {send.error && <Alert type="error" showIcon role="alert" title={errorText(send.error)} />}
        </div>
        <Button type="primary" htmlType="submit" loading={send.isPending} danger={decision === 'reject'}>
          Gửi quyết định
        </Button>
      </Form>
    </Card>
  );
}

interface RevisionValues {
  note?: string;
  reason?: string;
}

/**
 * Gửi lại (after a return) and Rút hồ sơ (before the final decision), when the API lists them in
 * `allowedActions`. The dossier itself is revised in the old interface; here a note goes with it.
 */
function RevisionPanel({ n }: { n: NominationForCaller }) {
  const queryClient = useQueryClient();
  const [key, setKey] = useState(newIdempotencyKey);
  const [done, setDone] = useState<string | null>(null);
  const mayResubmit = n.allowedActions.includes('resubmit');
  const mayWithdraw = n.allowedActions.includes('withdraw');
  const after = async (text: string) => {
    setDone(text);
    setKey(newIdempotencyKey());
    await queryClient.invalidateQueries({ queryKey: ['nomination', n.id] });
    await queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
  const resubmit = useMutation({
    mutationFn: (values: RevisionValues) =>
      call<unknown>(
        api.POST('/api/nominations/{id}/resubmission', {
          params: { path: { id: n.id }, header: { 'Idempotency-Key': key } },
          body: {
            taskSeq: n.currentTask?.taskSeq,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          } as never,
        }),
      ),
    onSuccess: () => after('Đã gửi lại hồ sơ.'),
    onError: () => setKey(newIdempotencyKey()),
  });
  const withdraw = useMutation({
    mutationFn: (values: RevisionValues) =>
      call<unknown>(
        api.POST('/api/nominations/{id}/withdrawal', {
          params: { path: { id: n.id }, header: { 'Idempotency-Key': key } },
          body: { reason: values.reason?.trim() } as never,
        }),
      ),
    onSuccess: () => after('Đã rút hồ sơ.'),
    onError: () => setKey(newIdempotencyKey()),
  });
  if (done) return <Alert className="section" type="success" showIcon title={<span role="status">{done}</span>} />;
  if (!mayResubmit && !mayWithdraw) return null;
  const error = resubmit.error ?? withdraw.error;
  return (
    <Card title="Việc của đơn vị đề nghị" className="section no-print">
      {mayResubmit && (
        <Form<RevisionValues> name="resubmit" layout="vertical" onFinish={(v) => resubmit.mutate(v)}>
          <Form.Item name="note" label="Ghi chú khi gửi lại (không bắt buộc)">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={resubmit.isPending}>
            Gửi lại hồ sơ
          </Button>
        </Form>
      )}
      {mayWithdraw && (
        <Form<RevisionValues>
          name="withdraw"
          layout="vertical"
          className="section"
          onFinish={(v) => withdraw.mutate(v)}
        >
          <Form.Item
            name="reason"
            label="Lý do rút hồ sơ"
            rules={[{ required: true, whitespace: true, message: 'Nhập lý do rút hồ sơ.' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button danger htmlType="submit" loading={withdraw.isPending}>
            Rút hồ sơ
          </Button>
        </Form>
      )}
      <div aria-live="assertive">{error && <Alert type="error" showIcon role="alert" title={errorText(error)} />}</div>
    </Card>
  );
}

/** After a decision: the next task of the inbox, one click (or Enter) away. */
function NextTask({ nominationId, text, onGo }: { nominationId: string; text: string; onGo: (id: string) => void }) {
  const queryClient = useQueryClient();
  const inbox = useQuery({
    queryKey: ['inbox', {}],
    queryFn: () => call<InboxResponse>(api.GET('/api/inbox', { params: { query: { sort: 'due', limit: 100 } } })),
  });
  const next = inbox.data ? nextTask(inbox.data.items, nominationId) : undefined;
  return (
    <Result
      className="section no-print"
      status="success"
      title={<span role="status">{text}</span>}
      extra={
        <Space wrap>
          {next && (
            <Button
              type="primary"
              autoFocus
              onClick={() => {
                void queryClient.invalidateQueries({ queryKey: ['nomination', next.nominationId] });
                onGo(next.nominationId);
              }}
            >
              Việc tiếp theo: {next.nomineeName}
            </Button>
          )}
          <Link to="/inbox">Về hộp việc</Link>
        </Space>
      }
    />
  );
}
