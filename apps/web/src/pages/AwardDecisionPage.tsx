import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AwardDecisionSummary, AwardDecisionView, ReadyNomination } from '@vinhdanh/api';
import { ApiError, api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate } from '../lib/format';
import { downloadDocument, formatMoney, percent } from '../lib/round';
import { can, unitsFor, useMe, useUnits } from '../lib/session';
import { uploadAttachment } from '../lib/upload';
import { DocumentList } from './SubmissionBatchesPage';

type AnnexLine = AwardDecisionView['annex'][number];

/** Roles that issue a quyết định at their unit (the API's sign-off roles). */

interface IssueForm {
  issuingUnitId?: string;
  date?: Dayjs;
  place?: string;
  symbol?: string;
  capacity?: string;
  title?: string;
  name?: string;
  subject?: string;
  legalBases?: string;
  proposal?: string;
  awardName?: string;
  reason?: string;
  amountPerson?: number;
  amountCollective?: number;
}

/** The request body of a quyết định from the form (legal bases one a line; the date as yyyy-mm-dd). */
export function issueRequest(v: IssueForm, nominationIds: readonly string[]): Record<string, unknown> {
  return {
    issuingUnitId: v.issuingUnitId,
    ...(v.symbol?.trim() ? { symbol: v.symbol.trim() } : {}),
    date: v.date?.format('YYYY-MM-DD'),
    place: v.place?.trim(),
    signer: { capacity: v.capacity?.trim() ?? '', title: v.title?.trim(), name: v.name?.trim() },
    subject: v.subject?.trim(),
    legalBases: (v.legalBases ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    proposal: v.proposal?.trim(),
    awardName: v.awardName?.trim(),
    reason: v.reason?.trim(),
    amounts: { person: v.amountPerson ?? 0, collective: v.amountCollective ?? 0 },
    nominationIds: [...nominationIds],
  };
}

/** Whether the print run is still going: started and fewer certificates than annex lines. */
export function printing(view: AwardDecisionView, started: boolean): boolean {
  const { certificatesPrinted, covered } = view.progress;
  return certificatesPrinted < covered && (started || certificatesPrinted > 0);
}

/** Ban hành quyết định: the nominations ready at the unit, chosen into the annex, and the decision's data. */
function IssueDecisionForm() {
  const me = useMe().data;
  const units = useUnits().data;
  const navigate = useNavigate();
  const [form] = Form.useForm<IssueForm>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [selected, setSelected] = useState<string[]>([]);
  const myUnits = unitsFor(me, 'awardDecision.issue');
  const unitId = Form.useWatch('issuingUnitId', form) ?? myUnits[0];
  const ready = useQuery({
    queryKey: ['ready-nominations', unitId],
    enabled: unitId !== undefined,
    queryFn: () =>
      call<ReadyNomination[]>(
        api.GET('/api/award-decisions/ready-nominations', { params: { query: { issuingUnitId: unitId as string } } }),
      ),
  });
  const issue = useMutation({
    mutationFn: (v: IssueForm) =>
      call<AwardDecisionView>(
        api.POST('/api/award-decisions', {
          params: { header: { 'Idempotency-Key': key } },
          body: issueRequest(v, selected) as never,
        }),
      ),
    onSuccess: (view) => void navigate(`/award-decisions/${view.decisionId}`),
    // A refused decision took no number and wrote nothing: the corrected one is a new request.
    onError: () => setKey(newIdempotencyKey()),
  });
  const notReady = issue.error instanceof ApiError ? issue.error.fieldErrors : [];
  const columns: TableColumnsType<ReadyNomination> = [
    {
      title: 'Người / tập thể',
      dataIndex: 'nomineeName',
      render: (n: string, r) => <Link to={`/nominations/${r.nominationId}`}>{n}</Link>,
    },
    { title: 'Đơn vị đề nghị', dataIndex: 'unitName' },
    { title: 'Hình thức', dataIndex: 'awardName', responsive: ['md'] },
  ];
  return (
    <Form<IssueForm>
      form={form}
      layout="vertical"
      aria-label="Ban hành quyết định khen thưởng"
      initialValues={{
        issuingUnitId: myUnits[0],
        date: dayjs(),
        capacity: 'TM. Đoàn Chủ tịch',
        title: 'Chủ tịch',
        legalBases:
          'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;\nCăn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;',
        amountPerson: 0,
        amountCollective: 0,
      }}
      onFinish={(v) => issue.mutate(v)}
      scrollToFirstError
    >
      <Card title="Đề nghị đủ điều kiện ban hành quyết định" className="section">
        <Form.Item name="issuingUnitId" label="Đơn vị ban hành" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
          <Select
            options={myUnits.map((id) => ({ value: id, label: units?.byId.get(id)?.name ?? '' }))}
            onChange={() => setSelected([])}
          />
        </Form.Item>
        {ready.error && <Alert type="error" showIcon title={errorText(ready.error)} />}
        <p aria-live="polite">
          {ready.data && `Có ${ready.data.length} đề nghị chờ quyết định; đã chọn ${selected.length} vào phụ lục.`}
        </p>
        <Table<ReadyNomination>
          rowKey="nominationId"
          size="small"
          loading={ready.isPending && unitId !== undefined}
          columns={columns}
          dataSource={ready.data ?? []}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (r) => ({ 'aria-label': `Chọn ${r.nomineeName}` }) as never,
          }}
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Không có đề nghị nào chờ quyết định ở đơn vị này.' }}
          caption={<span className="sr-only">Đề nghị chờ quyết định</span>}
        />
      </Card>
      <Card title="Nội dung quyết định" className="section">
        <p>Số quyết định được cấp tự động theo sổ của đơn vị ban hành trong năm, không trùng, không bỏ số.</p>
        <Space wrap align="start">
          <Form.Item name="date" label="Ngày ký" rules={[{ required: true, message: 'Chọn ngày ký.' }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item
            name="place"
            label="Địa danh"
            rules={[{ required: true, whitespace: true, message: 'Nhập địa danh.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="symbol" label="Ký hiệu (để trống: theo cấp đơn vị)" extra="Ví dụ: QĐ-LĐLĐ">
            <Input />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="capacity" label="Thẩm quyền ký">
            <Input />
          </Form.Item>
          <Form.Item
            name="title"
            label="Chức vụ người ký"
            rules={[{ required: true, whitespace: true, message: 'Nhập chức vụ.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="name"
            label="Họ tên người ký"
            rules={[{ required: true, whitespace: true, message: 'Nhập họ tên.' }]}
          >
            <Input />
          </Form.Item>
        </Space>
        <Form.Item
          name="subject"
          label="Trích yếu"
          rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu.' }]}
          extra="Ví dụ: Về việc tặng Bằng khen năm 2026"
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="legalBases"
          label="Căn cứ (mỗi dòng một căn cứ)"
          rules={[{ required: true, whitespace: true, message: 'Nhập ít nhất một căn cứ.' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="proposal"
          label="Xét đề nghị của"
          rules={[{ required: true, whitespace: true, message: 'Nhập nội dung.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="awardName"
          label="Hình thức khen thưởng"
          rules={[{ required: true, whitespace: true, message: 'Nhập hình thức.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do (thành tích)"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="amountPerson" label="Tiền thưởng mỗi cá nhân (đồng)">
            <InputNumber min={0} step={10_000} controls={false} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="amountCollective" label="Tiền thưởng mỗi tập thể (đồng)">
            <InputNumber min={0} step={10_000} controls={false} style={{ width: 180 }} />
          </Form.Item>
        </Space>
      </Card>
      <div aria-live="assertive">
        {issue.error && (
          <Alert
            className="section"
            type="error"
            showIcon
            role="alert"
            title={errorText(issue.error)}
            description={
              notReady.length > 0 && (
                <ul>
                  {notReady.map((e) => (
                    <li key={`${e.field}:${e.message}`}>{e.message}</li>
                  ))}
                </ul>
              )
            }
          />
        )}
      </div>
      <Button type="primary" htmlType="submit" disabled={selected.length === 0} loading={issue.isPending}>
        Ban hành quyết định ({selected.length} đề nghị)
      </Button>
    </Form>
  );
}

/** Quyết định khen thưởng: the unit's register, and a new decision over the ready nominations. */
export function AwardDecisionsPage() {
  const me = useMe().data;
  const [issuing, setIssuing] = useState(false);
  const decisions = useQuery({
    queryKey: ['award-decisions'],
    queryFn: () => call<AwardDecisionSummary[]>(api.GET('/api/award-decisions', { params: { query: {} } })),
  });
  const columns: TableColumnsType<AwardDecisionSummary> = [
    {
      title: 'Số quyết định',
      dataIndex: 'number',
      render: (n: string, d) => <Link to={`/award-decisions/${d.decisionId}`}>{n}</Link>,
    },
    { title: 'Ngày', dataIndex: 'date', render: (d: string) => formatDate(d) },
    { title: 'Đơn vị ban hành', dataIndex: ['issuingUnit', 'name'] },
    { title: 'Số người, tập thể', dataIndex: 'covered', align: 'right' },
  ];
  return (
    <section aria-labelledby="decisions-title">
      <Typography.Title level={1} id="decisions-title">
        Quyết định khen thưởng
      </Typography.Title>
      {can(me, 'awardDecision.issue') && !issuing && (
        <Button type="primary" className="section no-print" onClick={() => setIssuing(true)}>
          Ban hành quyết định mới
        </Button>
      )}
      {issuing && <IssueDecisionForm />}
      {decisions.error && <Alert type="error" showIcon title={errorText(decisions.error)} />}
      <Table<AwardDecisionSummary>
        rowKey="decisionId"
        size="middle"
        loading={decisions.isPending}
        columns={columns}
        dataSource={decisions.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có quyết định nào.' }}
        caption={<span className="sr-only">Sổ quyết định</span>}
      />
    </section>
  );
}

/** A certificate's PDF and DOCX download buttons. */
function CertificateLinks({ line }: { line: AnnexLine }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const c = line.certificate;
  if (!c) return <Tag>Chưa in</Tag>;
  const get = (path: string, format: string) => {
    setBusy(format);
    downloadDocument(path, `${line.nomineeName}.${format}`)
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setBusy(null));
  };
  return (
    <Space size={0} wrap>
      <Tag color="green">Số vào sổ {c.registerNumber}</Tag>
      <Button
        type="link"
        loading={busy === 'pdf'}
        onClick={() => get(c.pdfUrl, 'pdf')}
        aria-label={`Tải bằng của ${line.nomineeName} (PDF)`}
      >
        PDF
      </Button>
      <Button
        type="link"
        loading={busy === 'docx'}
        onClick={() => get(c.docxUrl, 'docx')}
        aria-label={`Tải bằng của ${line.nomineeName} (Word)`}
      >
        Word
      </Button>
    </Space>
  );
}

/** Một quyết định: number, signer, annex with grants and certificates, documents, the print run. */
/**
 * Gắn bản ký, đóng dấu: the office scans the signed and stamped paper and uploads it; the upload's
 * checksum is recorded on the decision, beside the checksums of the files it printed.
 */
function SignedCopyUpload({ decisionId }: { decisionId: string }) {
  const queryClient = useQueryClient();
  const link = useMutation({
    mutationFn: async (file: File) => {
      const stored = await uploadAttachment(file);
      return call<AwardDecisionView>(
        api.POST('/api/award-decisions/{id}/signed-copy', {
          params: { path: { id: decisionId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { attachmentId: stored.id },
        }),
      );
    },
    onSuccess: (view) => queryClient.setQueryData(['award-decision', decisionId], view),
  });
  return (
    <div className="section no-print">
      {/* The file input antd hides still needs a name for screen readers. */}
      <label htmlFor="signed-copy-file" className="sr-only">
        Tệp bản ký, đóng dấu (bản quét)
      </label>
      <Upload
        id="signed-copy-file"
        accept=".pdf,.jpg,.jpeg,.png"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          link.mutate(file as File, {
            onSuccess: (view) => onSuccess?.(view),
            onError: (err) => onError?.(err),
          });
        }}
      >
        <Button loading={link.isPending} aria-label="Tải lên bản ký, đóng dấu (bản quét)">
          Tải lên bản ký, đóng dấu
        </Button>
      </Upload>
      {link.error && <Alert type="error" showIcon role="alert" title={errorText(link.error)} />}
    </div>
  );
}

export function AwardDecisionPage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [printStarted, setPrintStarted] = useState(false);
  const decision = useQuery({
    queryKey: ['award-decision', id],
    queryFn: () => call<AwardDecisionView>(api.GET('/api/award-decisions/{id}', { params: { path: { id } } })),
    // During a print run the certificates appear chunk by chunk: look again every two seconds.
    refetchInterval: (q) => (q.state.data && printing(q.state.data, printStarted) ? 2000 : false),
  });
  const [printKey] = useState(newIdempotencyKey);
  const print = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/award-decisions/{id}/certificates', {
          params: { path: { id }, header: { 'Idempotency-Key': printKey } },
        }),
      ),
    onSuccess: () => {
      setPrintStarted(true);
      void queryClient.invalidateQueries({ queryKey: ['award-decision', id] });
    },
  });
  const [grantKey, setGrantKey] = useState(newIdempotencyKey);
  const regrant = useMutation({
    mutationFn: () =>
      call<AwardDecisionView>(
        api.POST('/api/award-decisions/{id}/grants', {
          params: { path: { id }, header: { 'Idempotency-Key': grantKey } },
        }),
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(['award-decision', id], view);
      setGrantKey(newIdempotencyKey());
    },
  });
  if (decision.isPending) return <Spin aria-label="Đang tải quyết định" />;
  if (decision.error) return <Alert type="error" showIcon title={errorText(decision.error)} />;
  const d = decision.data;
  const mayAct = can(me, 'awardDecision.file', d.issuingUnitId);
  const { covered, granted, certificatesPrinted } = d.progress;
  const running = printing(d, printStarted);
  const columns: TableColumnsType<AnnexLine> = [
    { title: 'STT', dataIndex: 'line', align: 'right', width: 64 },
    {
      title: 'Người / tập thể',
      dataIndex: 'nomineeName',
      render: (n: string, a) => <Link to={`/nominations/${a.nominationId}`}>{n}</Link>,
    },
    { title: 'Đơn vị', dataIndex: 'unitName', responsive: ['md'] },
    { title: 'Hình thức', dataIndex: 'awardName', responsive: ['md'] },
    { title: 'Tiền thưởng', dataIndex: 'amount', align: 'right', render: (n: number) => formatMoney(n) },
    {
      title: 'Khen thưởng',
      dataIndex: 'granted',
      render: (g: boolean) => (g ? <Tag color="green">Đã ghi nhận</Tag> : <Tag color="orange">Chưa ghi nhận</Tag>),
    },
    { title: 'Bằng, giấy khen', dataIndex: 'nominationId', render: (_: string, a) => <CertificateLinks line={a} /> },
  ];
  return (
    <article aria-labelledby="decision-title">
      <Typography.Title level={1} id="decision-title">
        Quyết định số {d.number}
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" className="section">
        <Descriptions.Item label="Ngày ký">{formatDate(d.date)}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị ban hành">{d.issuingUnitName}</Descriptions.Item>
        <Descriptions.Item label="Trích yếu">{d.subject}</Descriptions.Item>
        <Descriptions.Item label="Người ký">
          {[d.signer.capacity, d.signer.title, d.signer.name].filter(Boolean).join(' – ')}
        </Descriptions.Item>
        <Descriptions.Item label="Tổng tiền thưởng">{formatMoney(d.totalAmount)}</Descriptions.Item>
      </Descriptions>
      <Card title="Tiến độ" className="section">
        <p aria-live="polite" className="decision-progress">
          {d.progress.summary}
        </p>
        <p>
          Đã ghi nhận khen thưởng {granted}/{covered}
        </p>
        <Progress percent={percent(granted, covered)} aria-label={`Đã ghi nhận khen thưởng ${granted}/${covered}`} />
        <p>
          Đã in {certificatesPrinted}/{covered} bằng, giấy khen
        </p>
        <Progress
          percent={percent(certificatesPrinted, covered)}
          status={running ? 'active' : undefined}
          aria-label={`Đã in ${certificatesPrinted}/${covered} bằng, giấy khen`}
        />
        {mayAct && (
          <Space wrap className="section no-print">
            {certificatesPrinted < covered && (
              <Button type="primary" loading={print.isPending || running} onClick={() => print.mutate()}>
                {running ? 'Đang in bằng, giấy khen…' : 'In bằng, giấy khen'}
              </Button>
            )}
            {granted < covered && (
              <Button loading={regrant.isPending} onClick={() => regrant.mutate()}>
                Gửi lại khen thưởng chưa ghi nhận
              </Button>
            )}
          </Space>
        )}
        {(print.error ?? regrant.error) && (
          <Alert type="error" showIcon role="alert" title={errorText(print.error ?? regrant.error)} />
        )}
      </Card>
      <Card title="Quyết định" className="section">
        <DocumentList
          documents={d.documents}
          pathOf={(documentId) => `/api/award-decisions/${d.decisionId}/documents/${documentId}`}
        />
        {d.signedCopies.length > 0 && (
          <ul className="signed-copies" aria-label="Bản ký, đóng dấu đã gắn">
            {d.signedCopies.map((c) => (
              <li key={c.attachmentId}>
                Bản ký, đóng dấu: {c.fileName}{' '}
                <Typography.Text type="secondary" className="checksum" title="Mã kiểm tra SHA-256 ghi trong sự kiện">
                  SHA-256 {c.sha256.slice(0, 12)}…
                </Typography.Text>
              </li>
            ))}
          </ul>
        )}
        {mayAct && <SignedCopyUpload decisionId={d.decisionId} />}
      </Card>
      <Card title={`Phụ lục: danh sách khen thưởng (${covered})`} className="section">
        <Table<AnnexLine>
          rowKey="nominationId"
          size="small"
          columns={columns}
          dataSource={d.annex}
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          caption={<span className="sr-only">Danh sách kèm theo quyết định</span>}
        />
      </Card>
    </article>
  );
}
