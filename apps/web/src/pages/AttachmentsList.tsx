import { Alert, Button, List, Space, Typography } from 'antd';
import { useState } from 'react';
import type { NominationForCaller } from '@vinhdanh/api';
import { sha256Hex } from '../lib/dossier';
import { useLabels } from '../lib/session';
import { fetchFile, saveBlob } from '../reports/download';

type Attachment = NominationForCaller['dossier']['attachments'][number];

/**
 * Tài liệu kèm theo: each file with its kind and SHA-256; "Tải về" saves the stored file and says
 * whether the bytes received match the checksum on record.
 */
export function AttachmentsList({ attachments }: { attachments: readonly Attachment[] }) {
  const labels = useLabels().data;
  return (
    <List
      className="attachment-list"
      dataSource={[...attachments]}
      renderItem={(a) => (
        <List.Item data-file={a.name}>
          <Space orientation="vertical" size={2}>
            <span>
              {labels?.attachmentKinds[a.kind]?.vi}: {a.name}
            </span>
            <Typography.Text type="secondary">
              SHA-256: <code className="hash">{a.sha256}</code>
            </Typography.Text>
            {a.attachmentId && <DownloadButton id={a.attachmentId} name={a.name} sha256={a.sha256} />}
          </Space>
        </List.Item>
      )}
    />
  );
}

function DownloadButton({ id, name, sha256 }: { id: string; name: string; sha256: string }) {
  const [state, setState] = useState<{ busy: boolean; said?: { ok: boolean; text: string } }>({ busy: false });
  const run = async () => {
    setState({ busy: true });
    try {
      const { blob } = await fetchFile(`/api/attachments/${id}`, name);
      saveBlob(blob, name);
      const ok = (await sha256Hex(blob)) === sha256;
      setState({
        busy: false,
        said: { ok, text: ok ? 'Đã tải về, mã SHA-256 khớp.' : 'Tệp tải về không khớp mã SHA-256 đã lưu.' },
      });
    } catch (err) {
      setState({ busy: false, said: { ok: false, text: err instanceof Error ? err.message : 'Không tải được tệp.' } });
    }
  };
  return (
    <Space wrap className="no-print">
      <Button size="small" loading={state.busy} aria-label={`Tải về: ${name}`} onClick={() => void run()}>
        Tải về
      </Button>
      <span aria-live="polite">
        {state.said && (
          <Alert type={state.said.ok ? 'success' : 'error'} showIcon title={state.said.text} className="inline-alert" />
        )}
      </span>
    </Space>
  );
}
