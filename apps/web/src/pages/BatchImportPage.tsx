import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { BatchImportPreview, SubmissionBatchView } from '@vinhdanh/api';
import { errorText } from '../api/client';
import { importBatchXlsx, sheetProblems, type BatchImportTarget, type SheetProblem } from '../lib/batch-import';
import { uploadFile, type StoredFile } from '../lib/round';
import { unitsFor, useMe } from '../lib/session';
import { downloadFile } from '../reports/download';
import { BatchLetterCard } from './SubmissionBatchesPage';

interface ImportForm {
  submittingUnitId: string;
  campaignId: string;
  submissionLetterNumber: string;
  toTrinh?: StoredFile;
  minutes?: StoredFile;
}

type Nominee = BatchImportPreview['nominees'][number];

const problemColumns: TableColumnsType<SheetProblem> = [
  { title: 'Dòng', dataIndex: 'row', align: 'right', render: (r: number | null) => r ?? '' },
  { title: 'Cột', dataIndex: 'column' },
  { title: 'Lỗi', dataIndex: 'message' },
];
const nomineeColumns: TableColumnsType<Nominee> = [
  { title: 'Dòng', dataIndex: 'row', align: 'right' },
  { title: 'Họ tên / Tên tập thể', dataIndex: 'nomineeName' },
  {
    title: 'Cá nhân / Tập thể',
    dataIndex: 'nomineeKind',
    render: (k: string) => (k === 'person' ? 'Cá nhân' : 'Tập thể'),
  },
  { title: 'Hình thức khen thưởng', dataIndex: 'awardName' },
];

/** The form as the import's query: the batch, and the shared files by their upload id. */
function targetOf(v: ImportForm): BatchImportTarget {
  return {
    submittingUnitId: v.submittingUnitId,
    campaignId: v.campaignId,
    submissionLetterNumber: v.submissionLetterNumber.trim(),
    ...(v.toTrinh ? { toTrinhId: v.toTrinh.attachmentId } : {}),
    ...(v.minutes ? { bienBanId: v.minutes.attachmentId } : {}),
  };
}

/**
 * Nhập đề nghị từ Excel: download the template, fill it, upload it with the tờ trình and each
 * nominee's báo cáo thành tích; a dry run lists what would be created or every bad row, column and
 * rule; then "Tạo đề nghị" submits exactly what was checked. Bad rows are left out only when the
 * user ticks so (the đề nghị then records them).
 */
export function BatchImportPage() {
  const me = useMe().data;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ImportForm>();
  const [sheet, setSheet] = useState<File | null>(null);
  const [reports, setReports] = useState<StoredFile[]>([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const myUnits = unitsFor(me, 'batch.submit');
  const firstUnit = myUnits[0];
  // The user's first unit is chosen once their roles are known.
  useEffect(() => {
    if (firstUnit && !form.getFieldValue('submittingUnitId')) form.setFieldValue('submittingUnitId', firstUnit);
  }, [firstUnit, form]);

  // The check is disabled until a list is chosen, and creating until a check passed.
  const upload = (v: ImportForm, dryRun: boolean) =>
    sheet
      ? importBatchXlsx(sheet, targetOf(v), { dryRun, skipInvalidRows: skipInvalid })
      : Promise.reject(new Error('Chọn tệp danh sách.'));
  const check = useMutation({
    mutationFn: (v: ImportForm) => upload(v, true) as Promise<BatchImportPreview>,
  });
  const create = useMutation({
    mutationFn: (v: ImportForm) => upload(v, false) as Promise<SubmissionBatchView>,
    onSuccess: (batch) => void navigate(`/submission-batches/${batch.id}`),
  });
  // Anything changed after the check needs a new check before creating.
  const changed = () => {
    check.reset();
    create.reset();
  };
  const problems = sheetProblems(check.error ?? create.error);
  const failure = check.error ?? create.error;
  const preview = check.data;

  return (
    <section aria-labelledby="batch-import-title">
      <Typography.Title level={1} id="batch-import-title">
        Nhập đề nghị từ Excel
      </Typography.Title>
      <p>
        Tải mẫu, ghi mỗi người hoặc tập thể được đề nghị trên một dòng, rồi tải tệp lên để kiểm tra. Chưa có gì được ghi
        cho đến khi bạn bấm “Tạo đề nghị”. <Link to="/submission-batches">Về danh sách đề nghị</Link>
      </p>
      <Button
        className="section no-print"
        onClick={() =>
          void downloadFile('/api/submission-batches/import/template', 'mau-danh-sach-de-nghi.xlsx').catch(
            (err: Error) => message.error(err.message),
          )
        }
      >
        Tải mẫu danh sách (.xlsx)
      </Button>
      <Form<ImportForm>
        form={form}
        layout="vertical"
        onValuesChange={changed}
        onFinish={(v) => check.mutate(v)}
        aria-label="Nhập đề nghị từ Excel"
      >
        <BatchLetterCard units={myUnits} />
        <Card title="Danh sách và báo cáo thành tích" className="section">
          <Space orientation="vertical">
            <Space wrap>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  setSheet(file);
                  changed();
                  return false;
                }}
              >
                <Button aria-label="Chọn tệp danh sách (.xlsx)">Chọn tệp danh sách (.xlsx)</Button>
              </Upload>
              {sheet ? <Tag color="green">{sheet.name}</Tag> : <Tag>Chưa chọn tệp</Tag>}
            </Space>
            <Space wrap>
              <Upload
                multiple
                accept=".pdf,.doc,.docx"
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) => {
                  uploadFile(file as File, 'BAO_CAO_THANH_TICH').then(
                    (stored) => {
                      setReports((r) => [...r, stored]);
                      changed();
                      onSuccess?.(stored);
                    },
                    (err: Error) => {
                      void message.error(errorText(err));
                      onError?.(err);
                    },
                  );
                }}
              >
                <Button aria-label="Tải lên báo cáo thành tích">Tải lên báo cáo thành tích</Button>
              </Upload>
              {reports.map((r) => (
                <Tag key={r.attachmentId} color="green">
                  {r.name}
                </Tag>
              ))}
            </Space>
            <Typography.Text type="secondary">
              Cột “Tệp báo cáo thành tích” của mẫu ghi đúng tên tệp đã tải lên.
            </Typography.Text>
            <Checkbox
              checked={skipInvalid}
              onChange={(e) => {
                setSkipInvalid(e.target.checked);
                changed();
              }}
            >
              Bỏ qua các dòng có lỗi (đề nghị chỉ gồm các dòng hợp lệ; các dòng bỏ qua được ghi lại)
            </Checkbox>
          </Space>
        </Card>
        <Space className="section no-print" wrap>
          <Button htmlType="submit" loading={check.isPending} disabled={!sheet}>
            Kiểm tra (chạy thử)
          </Button>
          <Button
            type="primary"
            disabled={!preview || create.isPending}
            loading={create.isPending}
            onClick={() => create.mutate(form.getFieldsValue())}
          >
            Tạo đề nghị
          </Button>
        </Space>
      </Form>
      <div aria-live="polite">
        {failure && (
          <Alert
            type="error"
            showIcon
            className="section"
            title={problems.length > 0 ? 'Tệp có lỗi; chưa có gì được ghi.' : errorText(failure)}
          />
        )}
        {problems.length > 0 && (
          <Table<SheetProblem>
            rowKey={(p) => `${p.row ?? ''}|${p.column}|${p.message}`}
            size="small"
            columns={problemColumns}
            dataSource={problems}
            pagination={{ pageSize: 100, hideOnSinglePage: true }}
            caption={<span className="sr-only">Các lỗi của tệp</span>}
          />
        )}
        {preview && (
          <Card title="Kết quả chạy thử" className="section">
            <Alert type="success" showIcon title={preview.summary} className="section" />
            <Table<Nominee>
              rowKey="row"
              size="small"
              columns={nomineeColumns}
              dataSource={preview.nominees}
              pagination={{ pageSize: 100, hideOnSinglePage: true }}
              caption={<span className="sr-only">Các hồ sơ sẽ được tạo</span>}
            />
            {preview.skipped.length > 0 && (
              <>
                <Typography.Title level={2}>Các dòng sẽ bỏ qua</Typography.Title>
                <Table<SheetProblem>
                  rowKey={(p) => `${p.row ?? ''}|${p.column}|${p.message}`}
                  size="small"
                  columns={problemColumns}
                  dataSource={preview.skipped}
                  pagination={{ pageSize: 100, hideOnSinglePage: true }}
                  caption={<span className="sr-only">Các dòng sẽ bỏ qua</span>}
                />
              </>
            )}
          </Card>
        )}
      </div>
    </section>
  );
}
