import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Slider,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AsOfResponse, NominationView, TimelineResponse } from '@vinhdanh/api';
import { api, ApiError, call, errorText, token } from '../../api/client';
import { exportFileName, instantAfter, sliderPosition, sliderTarget } from '../../lib/audit';
import { formatDateTime } from '../../lib/format';
import { useLabels, useUnits } from '../../lib/session';
import { IntegrityTools } from './IntegrityTools';

type Entry = TimelineResponse['events'][number];
interface OpenTask {
  kind?: string;
  level?: number;
  unitId?: string;
  step?: string;
  dueAt?: string;
  overdue?: boolean;
}

/** Saves a signed export (JSON, or CSV with its signature sidecar from the response headers). */
async function saveExport(id: string, format: 'json' | 'csv', nominee: string): Promise<void> {
  const res = await fetch(`/api/audit/nominations/${id}/export?format=${format}`, {
    headers: { Authorization: `Bearer ${token() ?? ''}` },
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(res.status, { detail: problem.detail ?? 'Không tải được bản xuất.' });
  }
  const name = exportFileName(nominee, format, dayjs().format('YYYY-MM-DD'));
  const save = (blob: Blob, fileName: string) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  save(await res.blob(), name);
  if (format === 'csv') {
    const sidecar = {
      algorithm: res.headers.get('X-Vinhdanh-Signature-Algorithm'),
      signature: res.headers.get('X-Vinhdanh-Signature'),
      keyId: res.headers.get('X-Vinhdanh-Key-Id'),
      publicKey: atob(res.headers.get('X-Vinhdanh-Public-Key') ?? ''),
    };
    save(new Blob([JSON.stringify(sidecar, null, 2)], { type: 'application/json' }), `${name}.sig.json`);
  }
}

/**
 * Kiểm toán hồ sơ: the nomination as of any moment (a slider over its recorded events, or a day and
 * time in Vietnam time), the hash-chain check, signed exports, and the timeline from the store. The
 * slider always stands on the version of the state shown.
 */
export function AuditNominationPage() {
  const { id = '' } = useParams();
  const labels = useLabels().data;
  const units = useUnits().data;
  const { message } = App.useApp();
  const timeline = useQuery({
    queryKey: ['audit-timeline', id],
    queryFn: () =>
      call<TimelineResponse>(api.GET('/api/audit/nominations/{id}/timeline', { params: { path: { id } } })),
  });
  const nomination = useQuery({
    queryKey: ['nomination', id],
    queryFn: () => call<NominationView>(api.GET('/api/nominations/{id}', { params: { path: { id } } })),
    retry: false,
  });
  const events = timeline.data?.events ?? [];
  const [asked, setAsked] = useState<{ version?: number; at: string } | null>(null);
  const at = asked?.at ?? (events.length ? instantAfter(events, events.length) : undefined);
  const asOf = useQuery({
    queryKey: ['audit-as-of', id, at],
    enabled: at !== undefined,
    queryFn: () =>
      call<AsOfResponse>(
        api.GET('/api/audit/nominations/{id}/as-of', { params: { path: { id }, query: { at: at ?? '' } } }),
      ),
    retry: false,
  });
  const verify = useQuery({
    queryKey: ['audit-verify', id],
    queryFn: () =>
      call<{ ok: boolean; eventsChecked?: number }>(
        api.GET('/api/audit/nominations/{id}/verify', { params: { path: { id } } }),
      ),
    retry: false,
  });
  const notYet = asOf.error instanceof ApiError && asOf.error.status === 404;
  const position = sliderPosition(asked?.version ?? events.length, asOf.data, notYet);
  const nominee = (nomination.data as { nominee?: { name?: string } } | undefined)?.nominee?.name ?? '';
  const task = (asOf.data?.openTask ?? null) as OpenTask | null;
  const last = asOf.data?.lastEvent;

  const download = (format: 'json' | 'csv') =>
    saveExport(id, format, nominee).catch((err: unknown) => void message.error(errorText(err)));

  if (timeline.error) return <Alert type="error" showIcon title={errorText(timeline.error)} />;
  return (
    <section aria-labelledby="audit-nomination-title">
      <Breadcrumb
        className="no-print"
        items={[
          { title: <Link to="/audit">Kiểm tra, giám sát</Link> },
          { title: nominee ? <Link to={`/nominations/${id}`}>{nominee}</Link> : 'Hồ sơ' },
        ]}
      />
      <Typography.Title level={1} id="audit-nomination-title">
        Lịch sử hồ sơ{nominee ? `: ${nominee}` : ''}
      </Typography.Title>
      {timeline.data && <Tag>{timeline.data.statusLabel.vi}</Tag>}
      <Space wrap className="section no-print">
        <Card size="small" title="Chuỗi băm">
          <span aria-live="polite">
            {verify.isPending ? (
              'Đang kiểm tra…'
            ) : verify.error ? (
              errorText(verify.error)
            ) : verify.data?.ok ? (
              <Tag color="green">Nguyên vẹn: mọi sự kiện nối đúng chuỗi</Tag>
            ) : (
              <Tag color="red">Chuỗi băm bị đứt</Tag>
            )}
          </span>
        </Card>
        <Card size="small" title="Xuất có chữ ký">
          <Space wrap>
            <Button onClick={() => void download('json')}>Tải bản JSON</Button>
            <Button onClick={() => void download('csv')}>Tải bản CSV và chữ ký</Button>
            <Link to="/audit/export-check">Kiểm tra một tệp đã tải</Link>
          </Space>
        </Card>
        <IntegrityTools nominationId={id} />
      </Space>
      <Card title="Trạng thái tại một thời điểm" className="section">
        {events.length > 0 && (
          <>
            <label htmlFor="as-of-slider" className="field-label">
              Sau sự kiện thứ
            </label>
            <Slider
              id="as-of-slider"
              min={1}
              max={events.length}
              value={Math.max(position, 1)}
              onChange={(v) => {
                const to = sliderTarget(events, v, Math.max(position, 1));
                setAsked({ version: to, at: instantAfter(events, to) });
              }}
              tooltip={{ formatter: (v) => (v ? `${v}/${events.length}` : '') }}
              aria-valuetext={
                asOf.data
                  ? `Sự kiện ${asOf.data.version}/${events.length}, lúc ${formatDateTime(asOf.data.lastEvent?.recordedAt)}`
                  : undefined
              }
            />
            <Space wrap className="section">
              <label htmlFor="as-of-time">Hoặc tại lúc</label>
              <DatePicker
                id="as-of-time"
                showTime={{ format: 'HH:mm' }}
                format="DD/MM/YYYY HH:mm"
                placeholder="dd/mm/yyyy HH:mm"
                onChange={(d) => d && setAsked({ at: d.toISOString() })}
              />
            </Space>
          </>
        )}
        <div aria-live="polite" data-testid="as-of">
          {notYet && <p>Tại thời điểm này hồ sơ chưa có sự kiện nào.</p>}
          {asOf.error && !notYet && <Alert type="error" showIcon title={errorText(asOf.error)} />}
          {asOf.isFetching && !asOf.data && <p>Đang tải…</p>}
          {asOf.data && (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="Sau sự kiện">
                <span data-testid="as-of-version">
                  {asOf.data.version}/{events.length}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                <Tag>{asOf.data.statusLabel.vi}</Tag> lúc {formatDateTime(asOf.data.at)}
              </Descriptions.Item>
              <Descriptions.Item label="Việc đang mở">
                {task?.level
                  ? [
                      labels?.taskKinds[task.kind ?? '']?.vi,
                      labels?.levels[task.level]?.vi,
                      units?.byId.get(task.unitId ?? '')?.name,
                      task.step ? labels?.procedureSteps[task.step]?.vi : null,
                      task.dueAt ? `hạn ${formatDateTime(task.dueAt)}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')
                  : 'Không có'}
                {task?.overdue && <Tag color="red">Quá hạn</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="Sự kiện cuối">
                {last
                  ? `${labels?.events[last.type]?.vi ?? last.description} — ${formatDateTime(last.recordedAt)}${last.actor.name ? ` — ${last.actor.name}` : ''}`
                  : '—'}
              </Descriptions.Item>
            </Descriptions>
          )}
        </div>
      </Card>
      <Typography.Title level={2}>Dòng thời gian</Typography.Title>
      <Table<Entry>
        rowKey="version"
        size="small"
        loading={timeline.isPending}
        dataSource={events}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(e) => (asOf.data && e.version > asOf.data.version ? 'future-event' : '')}
        columns={[
          { title: '#', dataIndex: 'version', width: 48 },
          { title: 'Thời điểm', dataIndex: 'occurredAt', render: (v: string) => formatDateTime(v) },
          {
            title: 'Sự kiện',
            render: (_, e) => (
              <>
                <strong>{labels?.events[e.type]?.vi}</strong>
                <br />
                <Typography.Text type="secondary">{e.description}</Typography.Text>
              </>
            ),
          },
          {
            title: 'Người thực hiện',
            render: (_, e) => (
              <>
                {e.actor.name ?? 'Hệ thống'}
                {e.actor.unitId && (
                  <>
                    <br />
                    <Typography.Text type="secondary">{units?.byId.get(e.actor.unitId)?.name}</Typography.Text>
                  </>
                )}
                {e.onBehalfOf && (
                  <>
                    <br />
                    <Tag color="orange">thay mặt người khác</Tag>
                  </>
                )}
              </>
            ),
          },
          { title: 'Lý do', dataIndex: 'reason', responsive: ['md'], render: (v: string | null) => v ?? '' },
          {
            title: 'Mã băm',
            dataIndex: 'hash',
            responsive: ['lg'],
            render: (h: string) => <code title={h}>{h.slice(0, 12)}</code>,
          },
        ]}
      />
    </section>
  );
}
