import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { uploadAttachment } from '../lib/upload';
import { formatDateTime } from '../lib/format';
import {
  ACCEPT,
  acceptedFile,
  clearDraft,
  guessKind,
  loadDraft,
  missingKinds,
  REFUSED_TYPE,
  requiredKinds,
  saveDraft,
  sha256Hex,
  type UploadedDocument,
} from '../lib/dossier';
import { can, unitsFor, useCampaigns, useLabels, useMe, useUnits } from '../lib/session';

interface NominationForm {
  nominatingUnitId?: string;
  campaignId?: string;
  awardCode?: string;
  fullName?: string;
  gender?: 'male' | 'female';
  birthYear?: number;
  position?: string;
  isLeader?: boolean;
  isDirectWorker?: boolean;
  achievements?: string;
  documents?: UploadedDocument[];
}

/**
 * Đề nghị khen thưởng: campaign and award first, then the documents that award requires (from the
 * rule set, shown before anything is sent), the nominee and achievements; a draft kept in this browser.
 */
export function NewNominationPage() {
  const me = useMe().data;
  const labels = useLabels().data;
  const campaigns = useCampaigns().data;
  const units = useUnits().data;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<NominationForm>();
  const [key] = useState(newIdempotencyKey);
  const draft = loadDraft<NominationForm>();
  const [documents, setDocuments] = useState<UploadedDocument[]>(draft?.values.documents ?? []);
  const [kindForNext, setKindForNext] = useState<string | undefined>();
  // Files refused (by the browser before sending, or by the server) stay listed with the reason until removed.
  const [refused, setRefused] = useState<{ uid: string; name: string; error: string }[]>([]);
  // Documents whose server checksum matched the browser's own digest of the file sent.
  const [verified, setVerified] = useState<ReadonlySet<string>>(new Set());
  const campaignId = Form.useWatch('campaignId', form);
  const awardCode = Form.useWatch('awardCode', form);
  const campaign = campaigns?.find((c) => c.id === campaignId);
  const required = requiredKinds(labels, campaign?.ruleSetVersion, awardCode);
  const missing = missingKinds(required, documents);
  // Where the server says the user may nominate (policy `nomination.submit`).
  const myUnits = unitsFor(me, 'nomination.submit');
  const kindName = (k: string) => labels?.attachmentKinds[k]?.vi ?? '';

  const submit = useMutation({
    mutationFn: (v: NominationForm) =>
      call<{ nominationId: string }>(
        api.POST('/api/nominations', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            nominatingUnitId: v.nominatingUnitId,
            campaignId: v.campaignId,
            awardCode: v.awardCode,
            dossier: {
              nominee: {
                kind: 'person',
                fullName: v.fullName?.trim(),
                gender: v.gender,
                birthYear: v.birthYear,
                position: v.position?.trim(),
                isLeader: v.isLeader ?? false,
                isDirectWorker: v.isDirectWorker ?? false,
              },
              achievements: v.achievements?.trim(),
              initiatives: [],
              attachments: documents.map((d) => ({
                kind: d.kind,
                name: d.name,
                sizeBytes: d.sizeBytes,
                sha256: d.sha256,
                attachmentId: d.attachmentId,
              })),
            },
          } as never,
        }),
      ),
    onSuccess: (answer) => {
      clearDraft();
      void message.success('Đã gửi đề nghị khen thưởng.');
      void navigate(`/nominations/${answer.nominationId}`);
    },
  });

  if (me && !can(me, 'nomination.submit'))
    return <Alert type="info" showIcon title="Chỉ cán bộ đề nghị của đơn vị mới lập được hồ sơ đề nghị." />;

  return (
    <section aria-labelledby="new-title">
      <Typography.Title level={1} id="new-title">
        Đề nghị khen thưởng
      </Typography.Title>
      {draft && (
        <Alert
          className="section"
          type="info"
          showIcon
          title={`Đã mở bản nháp lưu lúc ${formatDateTime(draft.savedAt)} trên máy này.`}
        />
      )}
      <Form<NominationForm>
        form={form}
        layout="vertical"
        initialValues={{ nominatingUnitId: myUnits[0], gender: 'female', ...draft?.values }}
        onFinish={(v) => {
          if (missing.length > 0 || refused.length > 0) return;
          submit.mutate(v);
        }}
        scrollToFirstError
      >
        <Card title="Đợt và hình thức" className="section">
          <Form.Item
            name="nominatingUnitId"
            label="Đơn vị đề nghị"
            rules={[{ required: true, message: 'Chọn đơn vị.' }]}
          >
            <Select options={myUnits.map((id) => ({ value: id, label: units?.byId.get(id)?.name ?? '' }))} />
          </Form.Item>
          <Form.Item name="campaignId" label="Đợt thi đua" rules={[{ required: true, message: 'Chọn đợt thi đua.' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldValue('awardCode', undefined)}
            />
          </Form.Item>
          <Form.Item
            name="awardCode"
            label="Hình thức khen thưởng"
            rules={[{ required: true, message: 'Chọn hình thức khen thưởng.' }]}
          >
            <Select
              disabled={!campaign}
              showSearch={{ optionFilterProp: 'label' }}
              options={(campaign?.awardCodes ?? []).map((c) => ({ value: c, label: labels?.awards[c]?.vi ?? '' }))}
            />
          </Form.Item>
          {required.length > 0 && (
            <div aria-live="polite">
              <Typography.Text strong>Hồ sơ cần có:</Typography.Text>
              <ul className="required-docs">
                {required.map((k) => (
                  <li key={k}>
                    {kindName(k)}{' '}
                    {missing.includes(k) ? <Tag color="orange">Chưa có</Tag> : <Tag color="green">Đã có</Tag>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
        <Card title="Người được đề nghị" className="section">
          <Form.Item
            name="fullName"
            label="Họ và tên"
            rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="gender" label="Giới tính">
            <Radio.Group
              options={[
                { value: 'female', label: 'Nữ' },
                { value: 'male', label: 'Nam' },
              ]}
            />
          </Form.Item>
          <Form.Item name="birthYear" label="Năm sinh" rules={[{ required: true, message: 'Nhập năm sinh.' }]}>
            <InputNumber min={1940} max={2015} controls={false} />
          </Form.Item>
          <Form.Item
            name="position"
            label="Chức vụ, đơn vị công tác"
            rules={[{ required: true, whitespace: true, message: 'Nhập chức vụ, đơn vị công tác.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="isLeader" valuePropName="checked">
            <Checkbox>Là cán bộ lãnh đạo, quản lý</Checkbox>
          </Form.Item>
          <Form.Item name="isDirectWorker" valuePropName="checked">
            <Checkbox>Là công nhân, người lao động trực tiếp</Checkbox>
          </Form.Item>
          <Form.Item
            name="achievements"
            label="Thành tích đạt được"
            rules={[{ required: true, whitespace: true, message: 'Nhập thành tích.' }]}
          >
            <Input.TextArea rows={5} />
          </Form.Item>
        </Card>
        <Card title="Tài liệu kèm theo" className="section">
          <Space wrap align="end">
            <Form.Item label="Loại tài liệu của tệp sẽ chọn" htmlFor="next-kind" style={{ marginBottom: 0 }}>
              <Select
                id="next-kind"
                style={{ minWidth: 220 }}
                value={kindForNext ?? missing[0] ?? 'KHAC'}
                onChange={setKindForNext}
                options={Object.entries(labels?.attachmentKinds ?? {}).map(([value, l]) => ({ value, label: l.vi }))}
              />
            </Form.Item>
            {/* The picker's own input, named for screen readers (the button beside it is what shows). */}
            <label htmlFor="dossier-files" className="sr-only">
              Chọn tệp từ máy tính
            </label>
            <Upload
              id="dossier-files"
              accept={ACCEPT}
              multiple
              showUploadList={false}
              beforeUpload={(file) => {
                if (acceptedFile(file.name)) return true;
                setRefused((r) => [...r, { uid: file.uid, name: file.name, error: REFUSED_TYPE }]);
                return Upload.LIST_IGNORE;
              }}
              customRequest={({ file, onSuccess, onError }) => {
                const f = file as File & { uid: string };
                const kind = guessKind(f.name) ?? kindForNext ?? missing[0] ?? 'KHAC';
                uploadAttachment(f).then(
                  async (stored) => {
                    setDocuments((docs) => [
                      ...docs,
                      {
                        kind,
                        attachmentId: stored.id,
                        name: f.name,
                        sizeBytes: stored.sizeBytes,
                        sha256: stored.sha256,
                      },
                    ]);
                    setKindForNext(undefined);
                    onSuccess?.(stored);
                    if ((await sha256Hex(f)) === stored.sha256) setVerified((v) => new Set([...v, stored.id]));
                  },
                  (err: Error) => {
                    setRefused((r) => [...r, { uid: f.uid, name: f.name, error: errorText(err) }]);
                    onError?.(err);
                  },
                );
              }}
            >
              <Button>Chọn tệp từ máy tính</Button>
            </Upload>
          </Space>
          <List
            className="section attachment-list"
            dataSource={documents}
            locale={{ emptyText: refused.length > 0 ? ' ' : 'Chưa có tài liệu nào.' }}
            renderItem={(d) => (
              <List.Item
                data-file={d.name}
                actions={[
                  <Button
                    key="remove"
                    type="link"
                    onClick={() => setDocuments((docs) => docs.filter((x) => x.attachmentId !== d.attachmentId))}
                    aria-label={`Xóa: ${d.name}`}
                  >
                    Xóa
                  </Button>,
                ]}
              >
                <Space orientation="vertical" size={2}>
                  <span>
                    <Select
                      size="small"
                      aria-label={`Loại tài liệu: ${d.name}`}
                      value={d.kind}
                      style={{ minWidth: 200 }}
                      onChange={(kind) =>
                        setDocuments((docs) =>
                          docs.map((x) => (x.attachmentId === d.attachmentId ? { ...x, kind } : x)),
                        )
                      }
                      options={Object.entries(labels?.attachmentKinds ?? {}).map(([value, l]) => ({
                        value,
                        label: l.vi,
                      }))}
                    />{' '}
                    {d.name}
                  </span>
                  <Typography.Text type="secondary">
                    SHA-256: <code className="hash">{d.sha256}</code>
                  </Typography.Text>
                  {verified.has(d.attachmentId) && (
                    <Typography.Text type="success">✓ Đã lưu, mã khớp với tệp trên máy</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
          {refused.length > 0 && (
            <List
              className="refused-files"
              dataSource={refused}
              renderItem={(r) => (
                <List.Item
                  data-file={r.name}
                  actions={[
                    <Button
                      key="remove"
                      type="link"
                      onClick={() => setRefused((all) => all.filter((x) => x.uid !== r.uid))}
                      aria-label={`Xóa: ${r.name}`}
                    >
                      Xóa
                    </Button>,
                  ]}
                >
                  <Space orientation="vertical" size={2}>
                    <span>{r.name}</span>
                    <Alert type="error" showIcon role="alert" title={r.error} />
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
        <div aria-live="assertive">
          {missing.length > 0 && submit.isIdle && form.isFieldsTouched() && (
            <Alert type="warning" showIcon title={`Còn thiếu: ${missing.map(kindName).join(', ')}.`} />
          )}
          {refused.length > 0 && (
            <Alert type="error" showIcon title="Có tệp không tải lên được: hãy xóa tệp đó khỏi danh sách." />
          )}
          {submit.error && <Alert type="error" showIcon role="alert" title={errorText(submit.error)} />}
        </div>
        <Space wrap className="section">
          <Button
            type="primary"
            htmlType="submit"
            loading={submit.isPending}
            disabled={(missing.length > 0 && required.length > 0) || refused.length > 0}
          >
            Gửi đề nghị
          </Button>
          <Button
            onClick={() => {
              saveDraft({ ...form.getFieldsValue(), documents });
              void message.success('Đã lưu bản nháp trên máy này.');
            }}
          >
            Lưu nháp
          </Button>
        </Space>
      </Form>
    </section>
  );
}
