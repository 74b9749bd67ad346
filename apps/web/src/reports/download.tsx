import { App, Button } from 'antd';
import { useState } from 'react';
import { token } from '../api/client';
import { downloadName } from '../lib/reports';

/** Fetches a file of the API with the session's token: its bytes and the name the API gives it. */
export async function fetchFile(url: string, fallbackName: string): Promise<{ blob: Blob; name: string }> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token() ?? ''}` } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new Error(problem.detail ?? 'Không tải được tệp.');
  }
  const blob = await res.blob();
  return { blob, name: downloadName(res.headers.get('Content-Disposition'), fallbackName) };
}

/** Hands bytes to the browser to save under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Fetches a file of the API with the session's token and saves it under the name the API gives
 * (`filename*` of Content-Disposition: Vietnamese, never ids). A refusal throws its Vietnamese detail.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  const { blob, name } = await fetchFile(url, fallbackName);
  saveBlob(blob, name);
  return name;
}

/** "Tải Excel" for a list: the API's .xlsx of the same list (recorded there as an export). */
export function DownloadListButton({ url, label = 'Tải Excel (.xlsx)' }: { url: string; label?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(url, 'danh-sach.xlsx');
    } catch (err) {
      void message.error(err instanceof Error ? err.message : 'Không tải được tệp.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button className="no-print" onClick={() => void run()} loading={busy}>
      {label}
    </Button>
  );
}
