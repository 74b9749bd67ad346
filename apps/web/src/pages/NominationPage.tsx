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
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { InboxResponse, NominationView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate, formatDateTime } from '../lib/format';
import { nextTask } from '../lib/inbox';
import { APPROVER_ROLES, hasRole, useCampaigns, useLabels, useMe, useUnits } from '../lib/session';

export function useNomination(id: string) {
  return useQuery({
    queryKey: ['nomination', id],
    queryFn: () => call<NominationView>(api.GET('/api/nominations/{id}', { params: { path: { id } } })),
  });
}

/** Hồ sơ: the dossier, the route through the levels, the timeline and what the user may decide. */
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
        <Tag color={n.status === 'GRANTED' ? 'green' : n.status === 'REJECTED' ? 'red' : 'blue'}>
          {n.statusLabel.vi}
        </Tag>{' '}
        {labels?.awards[n.awardCode]?.vi}
      </p>
      <DecisionPanel n={n} />
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
            <ul>
              {dossier.attachments.map((a) => (
                <li key={a.sha256}>
                  {labels?.attachmentKinds[a.kind]?.vi}: {a.name}
                </li>
              ))}
            </ul>
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

/**
 * Quyết định: approve (grant, at the granting level: the decision number is asked for up front),
 * return or reject; then straight to the next task of the inbox.
 */
function DecisionPanel({ n }: { n: NominationView }) {
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionValues>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [done, setDone] = useState<string | null>(null);
  const decision = Form.useWatch('decision', form) ?? 'approve';
  const task = n.currentTask;
  const step = task?.kind === 'review' ? (n.procedure?.step ?? null) : null;
  const approver = task?.kind === 'review' && n.status !== 'ON_HOLD' && hasRole(me, APPROVER_ROLES, task.unitId);
  const mayApprove = approver && (step === null || (step === 'signoff' && hasRole(me, ['chair'], task.unitId)));
  const granting = approver && task.level === n.route.at(-1)?.level;
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
  if (!approver) return null;
  if (step !== null && step !== 'signoff')
    return (
      <Alert
        className="section"
        type="info"
        showIcon
        title="Hồ sơ đang ở bước thủ tục (tiếp nhận, thẩm định hoặc bình xét); dùng giao diện cũ để ghi bước này."
      />
    );
  return (
    <Card title="Quyết định của bạn" className="section decision-card no-print">
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        initialValues={{ decision: mayApprove ? 'approve' : 'return' }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item name="decision" label="Quyết định">
          <Radio.Group
            options={[
              ...(mayApprove
                ? [{ value: 'approve', label: granting ? 'Quyết định khen thưởng' : 'Đồng ý, chuyển cấp trên' }]
                : []),
              { value: 'return', label: 'Trả lại để bổ sung' },
              { value: 'reject', label: 'Không đạt' },
            ]}
          />
        </Form.Item>
        {granting && decision === 'approve' && (
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
