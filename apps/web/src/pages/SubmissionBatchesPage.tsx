import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Radio,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
  type FormInstance,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { SubmissionBatchDecisionView, SubmissionBatchSummaryView, SubmissionBatchView } from '@vinhdanh/api';
import { ApiError, api, call, errorText, newIdempotencyKey } from '../api/client';
import { requiredKinds } from '../lib/dossier';
import { formatDateTime } from '../lib/format';
import { DOCUMENT_KIND_NAMES, downloadDocument, formatName, percent, uploadFile, type StoredFile } from '../lib/round';
import { DownloadListButton } from '../reports/download';
import { can, unitsFor, useCampaigns, useLabels, useMe, useUnits, type UnitNode } from '../lib/session';

type BatchRowView = SubmissionBatchView['rows'][number];

/** The batch's rows that have been dealt with (started or refused), out of all. */
export function startedShare(p: SubmissionBatchView['progress']): { done: number; total: number; text: string } {
  const done = p.started + p.refused;
  return { done, total: p.total, text: `Đã khởi tạo ${done}/${p.total} hồ sơ` };
}

/** Tag colour of a row's status: done well, sent back, stopped, or on its way. */
function statusColor(status: string | null): string {
  if (status === 'GRANTED' || status === 'FORWARDED') return 'green';
  if (status === 'RETURNED' || status === 'ON_HOLD') return 'orange';
  if (status === 'REJECTED' || status === 'WITHDRAWN' || status === 'CANCELLED' || status === 'REVOKED') return 'red';
  if (status === null) return 'default';
  return 'blue';
}

/** One nominee row of the create form. */
interface NomineeRowForm {
  kind: 'person' | 'collective';
  fullName?: string;
  gender?: 'male' | 'female';
  birthYear?: number;
  position?: string;
  isLeader?: boolean;
  isDirectWorker?: boolean;
  unitId?: string;
  memberCount?: number;
  womenSharePercent?: number;
  awardCode?: string;
  achievements?: string;
  report?: StoredFile;
}

interface BatchForm {
  submittingUnitId?: string;
  campaignId?: string;
  submissionLetterNumber?: string;
  toTrinh?: StoredFile;
  minutes?: StoredFile;
  rows: NomineeRowForm[];
}

/** The request body of a batch from the form's values (names trimmed; a collective's share as 0–1). */
export function batchRequest(
  v: BatchForm,
  unitName: (id: string) => string,
  skipInvalidRows: boolean,
): Record<string, unknown> {
  return {
    submittingUnitId: v.submittingUnitId,
    campaignId: v.campaignId,
    submissionLetterNumber: v.submissionLetterNumber?.trim(),
    sharedAttachments: [v.toTrinh, v.minutes].filter((f): f is StoredFile => f !== undefined),
    skipInvalidRows,
    rows: v.rows.map((r) => ({
      awardCode: r.awardCode,
      nominee:
        r.kind === 'collective'
          ? {
              kind: 'collective',
              unitId: r.unitId,
              name: r.unitId ? unitName(r.unitId) : '',
              memberCount: r.memberCount,
              womenShare: r.womenSharePercent === undefined ? undefined : r.womenSharePercent / 100,
            }
          : {
              kind: 'person',
              fullName: r.fullName?.trim(),
              gender: r.gender,
              birthYear: r.birthYear,
              position: r.position?.trim(),
              isLeader: r.isLeader ?? false,
              isDirectWorker: r.isDirectWorker ?? false,
            },
      achievements: r.achievements?.trim(),
      initiatives: [],
      attachments: r.report ? [r.report] : [],
    })),
  };
}

/** A file chosen and uploaded for one form field (`value`/`onChange` from Form.Item). */
export function FileField({
  kind,
  label,
  value,
  onChange,
}: {
  kind: string;
  label: string;
  value?: StoredFile;
  onChange?: (v: StoredFile | undefined) => void;
}) {
  const { message } = App.useApp();
  return (
    <Space wrap>
      <Upload
        accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          uploadFile(file as File, kind).then(
            (stored) => {
              onChange?.(stored);
              onSuccess?.(stored);
            },
            (err: Error) => {
              void message.error(errorText(err));
              onError?.(err);
            },
          );
        }}
      >
        <Button aria-label={`Chọn tệp: ${label}`}>Chọn tệp</Button>
      </Upload>
      {value ? <Tag color="green">{value.name}</Tag> : <Tag>Chưa có tệp</Tag>}
    </Space>
  );
}

/** Units at and below `root` (a collective of the batch is one of them), the root first. */
function unitsBelow(root: UnitNode | undefined): UnitNode[] {
  if (!root) return [];
  const out: UnitNode[] = [];
  const walk = (n: UnitNode) => (out.push(n), n.children.forEach(walk));
  walk(root);
  return out;
}

/** Gửi đề nghị theo danh sách: one tờ trình, shared minutes, and the nominees (each with their report). */
/**
 * The đề nghị's letter: the submitting unit (among `units`), the campaign, the tờ trình's number and
 * its signed file, and the unit's minutes — the same fields whether the list is typed or imported.
 */
export function BatchLetterCard({ units, toTrinhRequired = false }: { units: string[]; toTrinhRequired?: boolean }) {
  const campaigns = useCampaigns().data;
  const tree = useUnits().data;
  return (
    <Card title="Tờ trình" className="section">
      <Form.Item name="submittingUnitId" label="Đơn vị đề nghị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
        <Select options={units.map((id) => ({ value: id, label: tree?.byId.get(id)?.name ?? '' }))} />
      </Form.Item>
      <Form.Item name="campaignId" label="Đợt thi đua" rules={[{ required: true, message: 'Chọn đợt thi đua.' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item
        name="submissionLetterNumber"
        label="Số tờ trình"
        extra="Ví dụ: 15/TTr-CĐCS"
        rules={[{ required: true, whitespace: true, message: 'Nhập số tờ trình.' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="toTrinh"
        label="Tờ trình đã ký (tệp)"
        rules={toTrinhRequired ? [{ required: true, message: 'Chọn tệp tờ trình.' }] : []}
      >
        <FileField kind="TO_TRINH" label="tờ trình" />
      </Form.Item>
      <Form.Item name="minutes" label="Biên bản họp xét của đơn vị (tệp)">
        <FileField kind="BIEN_BAN" label="biên bản họp" />
      </Form.Item>
    </Card>
  );
}

function NewBatchForm({ onDone }: { onDone: (id: string) => void }) {
  const me = useMe().data;
  const labels = useLabels().data;
  const campaigns = useCampaigns().data;
  const units = useUnits().data;
  const [form] = Form.useForm<BatchForm>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const unitId = Form.useWatch('submittingUnitId', form);
  const campaignId = Form.useWatch('campaignId', form);
  const campaign = campaigns?.find((c) => c.id === campaignId);
  const myUnits = unitsFor(me, 'batch.submit');
  const collectives = unitsBelow(unitId ? units?.byId.get(unitId) : undefined);
  const awards = (campaign?.awardCodes ?? []).map((c) => ({ value: c, label: labels?.awards[c]?.vi ?? '' }));

  const submit = useMutation({
    mutationFn: (v: BatchForm) =>
      call<SubmissionBatchView>(
        api.POST('/api/submission-batches', {
          params: { header: { 'Idempotency-Key': key } },
          body: batchRequest(v, (id) => units?.byId.get(id)?.name ?? '', skipInvalid) as never,
        }),
      ),
    onSuccess: (batch) => onDone(batch.id),
    // A refused batch wrote nothing: the corrected one is a new request.
    onError: () => setKey(newIdempotencyKey()),
  });
  const rowErrors = submit.error instanceof ApiError ? submit.error.fieldErrors : [];

  return (
    <Form<BatchForm>
      form={form}
      layout="vertical"
      initialValues={{ submittingUnitId: myUnits[0], rows: [{ kind: 'person', gender: 'female' }] }}
      onFinish={(v) => submit.mutate(v)}
      scrollToFirstError
      aria-label="Gửi đề nghị theo danh sách"
    >
      <BatchLetterCard units={myUnits} toTrinhRequired />
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <Card title={`Danh sách đề nghị (${fields.length})`} className="section">
            {fields.map((field, index) => (
              <NomineeRow
                key={field.key}
                name={field.name}
                index={index}
                form={form}
                awards={awards}
                collectives={collectives}
                required={(code) =>
                  requiredKinds(labels, campaign?.ruleSetVersion, code)
                    .map((k) => labels?.attachmentKinds[k]?.vi ?? '')
                    .join(', ')
                }
                onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
              />
            ))}
            <Button onClick={() => add({ kind: 'person', gender: 'female' })}>Thêm người / tập thể</Button>
          </Card>
        )}
      </Form.List>
      <div aria-live="assertive">
        {submit.error && (
          <Alert
            className="section"
            type="error"
            showIcon
            role="alert"
            title={errorText(submit.error)}
            description={
              rowErrors.length > 0 && (
                <ul className="row-errors">
                  {rowErrors.map((e) => (
                    <li key={`${e.field}:${e.message}`}>{e.message}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
      </div>
      <Space wrap className="section">
        <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
          Gửi các dòng hợp lệ, bỏ qua các dòng lỗi
        </Checkbox>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          Gửi đề nghị
        </Button>
      </Space>
    </Form>
  );
}

function NomineeRow({
  name,
  index,
  form,
  awards,
  collectives,
  required,
  onRemove,
}: {
  name: number;
  index: number;
  form: FormInstance<BatchForm>;
  awards: { value: string; label: string }[];
  collectives: UnitNode[];
  required: (awardCode: string | undefined) => string;
  onRemove: (() => void) | undefined;
}) {
  const kind = Form.useWatch(['rows', name, 'kind'], form);
  const awardCode = Form.useWatch(['rows', name, 'awardCode'], form);
  const docs = required(awardCode);
  const id = (field: string) => `row-${index + 1}-${field}`;
  return (
    <fieldset className="nominee-row section">
      <legend>Dòng {index + 1}</legend>
      <Form.Item name={[name, 'kind']} label="Đối tượng">
        <Radio.Group
          options={[
            { value: 'person', label: 'Cá nhân' },
            { value: 'collective', label: 'Tập thể' },
          ]}
        />
      </Form.Item>
      {kind === 'collective' ? (
        <>
          <Form.Item
            name={[name, 'unitId']}
            label="Tập thể (đơn vị)"
            htmlFor={id('unit')}
            rules={[{ required: true, message: 'Chọn tập thể.' }]}
          >
            <Select
              id={id('unit')}
              showSearch={{ optionFilterProp: 'label' }}
              options={collectives.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name={[name, 'memberCount']}
              label="Số thành viên"
              rules={[{ required: true, message: 'Nhập số thành viên.' }]}
            >
              <InputNumber min={1} controls={false} />
            </Form.Item>
            <Form.Item
              name={[name, 'womenSharePercent']}
              label="Tỷ lệ nữ (%)"
              rules={[{ required: true, message: 'Nhập tỷ lệ nữ.' }]}
            >
              <InputNumber min={0} max={100} controls={false} />
            </Form.Item>
          </Space>
        </>
      ) : (
        <>
          <Form.Item
            name={[name, 'fullName']}
            label="Họ và tên"
            rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Space wrap>
            <Form.Item name={[name, 'gender']} label="Giới tính">
              <Radio.Group
                options={[
                  { value: 'female', label: 'Nữ' },
                  { value: 'male', label: 'Nam' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name={[name, 'birthYear']}
              label="Năm sinh"
              rules={[{ required: true, message: 'Nhập năm sinh.' }]}
            >
              <InputNumber min={1940} max={2015} controls={false} />
            </Form.Item>
          </Space>
          <Form.Item
            name={[name, 'position']}
            label="Chức vụ, đơn vị công tác"
            rules={[{ required: true, whitespace: true, message: 'Nhập chức vụ.' }]}
          >
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name={[name, 'isLeader']} valuePropName="checked">
              <Checkbox>Là cán bộ lãnh đạo, quản lý</Checkbox>
            </Form.Item>
            <Form.Item name={[name, 'isDirectWorker']} valuePropName="checked">
              <Checkbox>Là người lao động trực tiếp</Checkbox>
            </Form.Item>
          </Space>
        </>
      )}
      <Form.Item
        name={[name, 'awardCode']}
        label="Hình thức khen thưởng"
        htmlFor={id('award')}
        extra={docs ? `Hồ sơ cần có: ${docs}` : undefined}
        rules={[{ required: true, message: 'Chọn hình thức khen thưởng.' }]}
      >
        <Select id={id('award')} options={awards} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item
        name={[name, 'achievements']}
        label="Tóm tắt thành tích"
        rules={[{ required: true, whitespace: true, message: 'Nhập tóm tắt thành tích.' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name={[name, 'report']} label="Báo cáo thành tích (tệp)">
        <FileField kind="BAO_CAO_THANH_TICH" label={`báo cáo thành tích dòng ${index + 1}`} />
      </Form.Item>
      {onRemove && (
        <Button danger onClick={onRemove}>
          Bỏ dòng {index + 1}
        </Button>
      )}
    </fieldset>
  );
}

/** Đề nghị: the batches of the user's units (and those below) with their progress; a new one. */
export function SubmissionBatchesPage() {
  const me = useMe().data;
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const batches = useQuery({
    queryKey: ['submission-batches'],
    queryFn: () => call<SubmissionBatchSummaryView[]>(api.GET('/api/submission-batches')),
  });
  const columns: TableColumnsType<SubmissionBatchSummaryView> = [
    {
      title: 'Số tờ trình',
      dataIndex: 'submissionLetterNumber',
      render: (n: string, b) => <Link to={`/submission-batches/${b.id}`}>{n}</Link>,
    },
    { title: 'Đơn vị đề nghị', dataIndex: ['submittingUnit', 'name'] },
    { title: 'Đợt thi đua', dataIndex: ['campaign', 'name'], responsive: ['md'] },
    { title: 'Ngày gửi', dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v), responsive: ['md'] },
    { title: 'Số đề nghị', dataIndex: ['progress', 'total'], align: 'right' },
    { title: 'Tiến độ', dataIndex: ['progress', 'summary'] },
  ];
  return (
    <section aria-labelledby="batches-title">
      <Typography.Title level={1} id="batches-title">
        Đề nghị theo danh sách
      </Typography.Title>
      <Space className="section no-print" wrap>
        {can(me, 'batch.submit') && !creating && (
          <Button type="primary" onClick={() => setCreating(true)}>
            Lập đề nghị mới
          </Button>
        )}
        {can(me, 'batch.submit') && <Link to="/submission-batches/import">Nhập danh sách từ Excel</Link>}
        <DownloadListButton url="/api/reports/exports/submission-batches?format=xlsx" />
      </Space>
      {creating && <NewBatchForm onDone={(id) => void navigate(`/submission-batches/${id}`)} />}
      {batches.error && <Alert type="error" showIcon title={errorText(batches.error)} />}
      <Table<SubmissionBatchSummaryView>
        rowKey="id"
        size="middle"
        loading={batches.isPending}
        columns={columns}
        dataSource={batches.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có đề nghị nào.' }}
        caption={<span className="sr-only">Danh sách đề nghị</span>}
      />
    </section>
  );
}

/** Lập tờ trình (Mẫu 01): what the letter needs beyond the batch; PDF and DOCX come back. */
function ToTrinhForm({ batch }: { batch: SubmissionBatchView }) {
  const queryClient = useQueryClient();
  const [key] = useState(newIdempotencyKey);
  const generate = useMutation({
    mutationFn: (v: { place: string; recipient: string; capacity?: string; title: string; name: string }) =>
      call<SubmissionBatchView>(
        api.POST('/api/submission-batches/{id}/to-trinh', {
          params: { path: { id: batch.id }, header: { 'Idempotency-Key': key } },
          body: {
            place: v.place,
            recipient: v.recipient,
            signer: { capacity: v.capacity || undefined, title: v.title, name: v.name },
          } as never,
        }),
      ),
    onSuccess: (view) => queryClient.setQueryData(['submission-batch', batch.id], view),
  });
  return (
    <Form
      layout="vertical"
      onFinish={(v) => generate.mutate(v as never)}
      initialValues={{ capacity: 'TM. Ban Chấp hành', title: 'Chủ tịch' }}
      aria-label="Lập tờ trình"
    >
      <Space wrap align="start">
        <Form.Item
          name="place"
          label="Địa danh"
          rules={[{ required: true, whitespace: true, message: 'Nhập địa danh.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="recipient"
          label="Kính gửi"
          rules={[{ required: true, whitespace: true, message: 'Nhập nơi nhận.' }]}
        >
          <Input style={{ width: 260, maxWidth: '100%' }} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="capacity" label="Thẩm quyền ký">
          <Input />
        </Form.Item>
        <Form.Item name="title" label="Chức vụ người ký" rules={[{ required: true, message: 'Nhập chức vụ.' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label="Họ tên người ký" rules={[{ required: true, message: 'Nhập họ tên.' }]}>
          <Input />
        </Form.Item>
      </Space>
      {generate.error && <Alert type="error" showIcon role="alert" title={errorText(generate.error)} />}
      <Button htmlType="submit" loading={generate.isPending}>
        Lập tờ trình (PDF và Word)
      </Button>
    </Form>
  );
}

type BatchDecision = SubmissionBatchView['decisions'][number];

/** How a return / forward of the batch is told: what, by whom, when, how many it reached. */
export function batchDecisionText(d: BatchDecision): string {
  const what = d.decision === 'approve' ? 'Chuyển cấp trên' : 'Trả lại';
  const scope = d.whole ? 'cả danh sách' : 'những người / tập thể được chọn';
  return `${what} ${scope}: ${d.decided.length} hồ sơ — ${d.decidedBy.name}, ${formatDateTime(d.at)}`;
}

/**
 * Trả lại / chuyển cấp trên theo đề nghị: one decision for the whole list or the rows ticked in the
 * table; the server decides each nominee through its own workflow and names any it could not reach.
 */
function BatchDecisionForm({
  batch,
  selected,
  onDone,
}: {
  batch: SubmissionBatchView;
  selected: readonly string[];
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ decision: 'approve' | 'return'; reason?: string }>();
  const decision = Form.useWatch('decision', form);
  // One key per decision the user means; a retry after an error keeps it, so nothing is decided twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const [unknown, setUnknown] = useState<SubmissionBatchDecisionView['unknown']>([]);
  const decide = useMutation({
    mutationFn: (v: { decision: 'approve' | 'return'; reason?: string }) =>
      call<SubmissionBatchDecisionView>(
        api.POST('/api/submission-batches/{id}/decisions', {
          params: { path: { id: batch.id }, header: { 'Idempotency-Key': key } },
          body: {
            decision: v.decision,
            ...(v.decision === 'return' ? { reason: v.reason?.trim() } : {}),
            ...(selected.length ? { nominationIds: [...selected] } : {}),
          },
        }),
      ),
    onSuccess: (view) => {
      const { decisionId: _d, unknown: left, ...rest } = view;
      queryClient.setQueryData(['submission-batch', batch.id], rest);
      setUnknown(left);
      // Some outcomes are not known yet: the same key settles them; otherwise the next decision is a new one.
      if (left.length === 0) {
        setKey(newIdempotencyKey());
        form.resetFields(['reason']);
        onDone();
      }
    },
  });
  const scope = selected.length ? `${selected.length} người / tập thể đã chọn` : 'cả danh sách đang chờ đơn vị bạn xét';
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ decision: 'approve' }}
      onFinish={(v) => decide.mutate(v)}
      aria-label="Trả lại hoặc chuyển cấp trên theo đề nghị"
    >
      <Form.Item name="decision" label="Quyết định">
        <Radio.Group
          options={[
            { value: 'approve', label: 'Chuyển cấp trên' },
            { value: 'return', label: 'Trả lại' },
          ]}
        />
      </Form.Item>
      {decision === 'return' && (
        <Form.Item
          name="reason"
          label="Lý do trả lại"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do trả lại.' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <p>Áp dụng cho: {scope}.</p>
      {decide.error && <Alert type="error" showIcon role="alert" title={errorText(decide.error)} />}
      {unknown.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={`Chưa rõ kết quả của ${unknown.map((u) => u.nomineeName).join(', ')} (hệ thống tạm gián đoạn). Bấm gửi lại: hồ sơ đã xử lý sẽ không bị xử lý lần nữa.`}
        />
      )}
      <Button type="primary" htmlType="submit" loading={decide.isPending}>
        {decision === 'return' ? 'Trả lại' : 'Chuyển cấp trên'} ({selected.length || 'cả danh sách'})
      </Button>
    </Form>
  );
}

/** The generated documents of a round's paper with a download button each. */
export function DocumentList({
  documents,
  pathOf,
}: {
  documents: readonly { documentId: string; kind: string; format: string; size: number; sha256: string }[];
  pathOf: (documentId: string) => string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  if (documents.length === 0) return <p>Chưa lập tài liệu nào.</p>;
  return (
    <ul className="document-list">
      {documents.map((d) => {
        const label = `${DOCUMENT_KIND_NAMES[d.kind] ?? 'Tài liệu'} (${formatName(d.format)})`;
        return (
          <li key={d.documentId}>
            <Button
              type="link"
              // Long names wrap on a phone instead of widening the page.
              style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
              loading={busy === d.documentId}
              onClick={() => {
                setBusy(d.documentId);
                downloadDocument(pathOf(d.documentId), `${label}.${d.format}`)
                  .catch((err: unknown) => void message.error(errorText(err)))
                  .finally(() => setBusy(null));
              }}
            >
              Tải {label}
            </Button>
            <Typography.Text type="secondary" className="checksum" title="Mã kiểm tra SHA-256 ghi trong sự kiện">
              SHA-256 {d.sha256.slice(0, 12)}…
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}

/** One đề nghị: its rows and their statuses, progress while rows start, the tờ trình. */
export function SubmissionBatchPage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  const [selected, setSelected] = useState<string[]>([]);
  const batch = useQuery({
    queryKey: ['submission-batch', id],
    queryFn: () => call<SubmissionBatchView>(api.GET('/api/submission-batches/{id}', { params: { path: { id } } })),
    // While rows are still starting, the progress moves: look again every two seconds.
    refetchInterval: (q) => ((q.state.data?.progress.pending ?? 0) > 0 ? 2000 : false),
  });
  if (batch.isPending) return <Spin aria-label="Đang tải đề nghị" />;
  if (batch.error) return <Alert type="error" showIcon title={errorText(batch.error)} />;
  const b = batch.data;
  const started = startedShare(b.progress);
  const columns: TableColumnsType<BatchRowView> = [
    { title: 'STT', dataIndex: 'row', width: 64, align: 'right' },
    {
      title: 'Người / tập thể được đề nghị',
      dataIndex: 'nomineeName',
      render: (n: string, r) => (r.status ? <Link to={`/nominations/${r.nominationId}`}>{n}</Link> : n),
    },
    {
      title: 'Đối tượng',
      dataIndex: 'nomineeKind',
      render: (k: string) => (k === 'person' ? 'Cá nhân' : 'Tập thể'),
      responsive: ['md'],
    },
    { title: 'Hình thức', dataIndex: 'awardName', responsive: ['md'] },
    {
      title: 'Tình trạng',
      dataIndex: 'statusLabel',
      render: (label: string, r) => (
        <>
          <Tag color={statusColor(r.status)}>{label}</Tag>
          {r.refusal && <div className="refusal">{r.refusal}</div>}
        </>
      ),
    },
  ];
  const mayWrite = can(me, 'batch.writeDocuments', b.submittingUnit.id);
  // Approvers of the CĐCS and of the levels above decide the list; each nominee's own rules still apply.
  const mayDecide = can(me, 'inbox.bulkDecide');
  return (
    <article aria-labelledby="batch-title">
      <Typography.Title level={1} id="batch-title">
        Đề nghị số {b.submissionLetterNumber}
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" className="section">
        <Descriptions.Item label="Đơn vị đề nghị">{b.submittingUnit.name}</Descriptions.Item>
        <Descriptions.Item label="Đợt thi đua">{b.campaign.name}</Descriptions.Item>
        <Descriptions.Item label="Người gửi">{b.submittedBy}</Descriptions.Item>
        <Descriptions.Item label="Thời điểm gửi">{formatDateTime(b.submittedAt)}</Descriptions.Item>
      </Descriptions>
      <Card title="Tiến độ" className="section">
        <p className="batch-progress" aria-live="polite">
          {b.progress.summary || 'Chưa có hồ sơ nào.'}
        </p>
        {b.progress.pending > 0 && (
          <>
            <p>{started.text}</p>
            <Progress percent={percent(started.done, started.total)} aria-label={started.text} />
          </>
        )}
      </Card>
      {b.skippedRows.length > 0 && (
        <Alert
          className="section"
          type="warning"
          showIcon
          title={`${b.skippedRows.length} dòng lỗi đã được bỏ qua theo lựa chọn của người gửi`}
          description={
            <ul>
              {b.skippedRows.map((s) => (
                <li key={`${s.row}:${s.field}:${s.rule}`}>{s.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<BatchRowView>
        rowKey="nominationId"
        size="middle"
        columns={columns}
        dataSource={b.rows}
        {...(mayDecide
          ? {
              rowSelection: {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (r: BatchRowView) => ({
                  disabled: r.status === null,
                  'aria-label': `Chọn ${r.nomineeName}`,
                }),
              },
            }
          : {})}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        caption={<span className="sr-only">Danh sách người và tập thể được đề nghị</span>}
        className="section"
      />
      {(mayDecide || b.decisions.length > 0) && (
        <Card title="Trả lại / chuyển cấp trên theo đề nghị" className="section">
          {b.decisions.length > 0 && (
            <ul className="batch-decisions">
              {b.decisions.map((d) => (
                <li key={d.decisionId}>
                  {batchDecisionText(d)}
                  {d.reason && <div>Lý do: {d.reason}</div>}
                  {d.refused.length > 0 && (
                    <ul className="refusal">
                      {d.refused.map((r) => (
                        <li key={r.nominationId}>
                          {r.nomineeName}: {r.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          {mayDecide && <BatchDecisionForm batch={b} selected={selected} onDone={() => setSelected([])} />}
        </Card>
      )}
      <Card title="Tờ trình" className="section">
        <DocumentList
          documents={b.documents}
          pathOf={(documentId) => `/api/submission-batches/${b.id}/documents/${documentId}`}
        />
        {mayWrite && <ToTrinhForm batch={b} />}
      </Card>
    </article>
  );
}
