import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ExportCheckResponse } from '@vinhdanh/api';
import { api, call, errorText } from '../../api/client';
import { exportFormatOf } from '../../lib/audit';

/** base64 of a file's bytes (the CSV export's signature sidecar travels in a header). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * Kiểm tra tệp xuất: an auditor uploads a signed export (a nomination's .json or .csv with its
 * .sig.json, or a campaign's .jsonl) and the system checks the signature, the hash chain and the
 * final state, answering in Vietnamese. Nothing to install or run.
 */
export function ExportCheckPage() {
  const [file, setFile] = useState<File | null>(null);
  const [sidecar, setSidecar] = useState<File | null>(null);
  const format = file ? exportFormatOf(file.name) : null;
  const check = useMutation({
    mutationFn: async () => {
      if (!file || !format) throw new Error('no file');
      const signature = format === 'csv' && sidecar ? await base64Of(sidecar) : undefined;
      return call<ExportCheckResponse>(
        api.POST('/api/audit/export-checks', {
          params: { query: { format } },
          body: file as never,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: {
            'Content-Type': 'application/octet-stream',
            ...(signature ? { 'X-Export-Signature': signature } : {}),
          },
        }),
      );
    },
  });
  const choose = (f: File, which: 'file' | 'sidecar') => {
    check.reset();
    if (which === 'file') setFile(f);
    else setSidecar(f);
    return false; // kept in the page, sent only when asked
  };
  return (
    <section aria-labelledby="export-check-title">
      <Typography.Title level={1} id="export-check-title">
        Kiểm tra tệp xuất
      </Typography.Title>
      <p>
        Chọn tệp đã tải về từ chức năng “Xuất hồ sơ có chữ ký” (tệp .json hoặc .csv của một hồ sơ, tệp .jsonl của cả
        đợt). Hệ thống kiểm tra chữ ký số, khóa ký, chuỗi băm và trạng thái cuối; tệp không được lưu lại.
      </p>
      <Card className="section">
        <Upload.Dragger
          accept=".json,.csv,.jsonl,.ndjson"
          maxCount={1}
          beforeUpload={(f) => choose(f, 'file')}
          onRemove={() => (setFile(null), check.reset())}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>Kéo tệp xuất vào đây, hoặc bấm để chọn tệp</p>
        </Upload.Dragger>
        {file && !format && (
          <Alert
            type="warning"
            showIcon
            title="Tệp này không phải tệp xuất (.json, .csv hoặc .jsonl)."
            className="section-top"
          />
        )}
        {format === 'csv' && (
          <div className="section-top">
            <Typography.Text strong>Tệp chữ ký đi kèm (.sig.json)</Typography.Text>
            <Upload
              accept=".json"
              maxCount={1}
              beforeUpload={(f) => choose(f, 'sidecar')}
              onRemove={() => setSidecar(null)}
              fileList={sidecar ? [{ uid: 'sidecar', name: sidecar.name, status: 'done' }] : []}
            >
              <Button>Chọn tệp chữ ký</Button>
            </Upload>
          </div>
        )}
        <Button
          type="primary"
          className="section-top"
          disabled={!file || !format || (format === 'csv' && !sidecar)}
          loading={check.isPending}
          onClick={() => check.mutate()}
        >
          Kiểm tra
        </Button>
      </Card>
      <div aria-live="polite" data-testid="export-check-result">
        {check.error && <Alert type="error" showIcon role="alert" title={errorText(check.error)} />}
        {check.data && (
          <Card>
            <Alert
              type={check.data.ok ? 'success' : 'error'}
              showIcon
              title={
                check.data.ok
                  ? 'Tệp xác thực: đúng bản hệ thống đã xuất, không bị sửa.'
                  : 'Tệp KHÔNG hợp lệ: không đúng bản hệ thống đã xuất hoặc đã bị sửa.'
              }
              className="section"
            />
            <ul className="plain-list">
              {check.data.checks.map((c, i) => (
                <li key={`${c.check}-${i}`} data-check={c.check}>
                  <Tag color={c.ok ? 'green' : 'red'}>{c.ok ? 'Đạt' : 'Không đạt'}</Tag> <strong>{c.name}</strong>:{' '}
                  {c.detail}
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </section>
  );
}
