import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AgingCell, BulkDryRunResponse, BulkRunResponse, StuckPage, StuckRow } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../../api/client';
import { agingBar, agingText, LATENESS_COLOUR, latenessOf, waitingText } from '../../lib/desk';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLabels } from '../../lib/session';

const FILTER_KEYS = ['reason', 'level', 'idleDays'] as const;
type DeskFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

/** Bulk actions of the desk (`POST /api/admin/interventions/bulk`), named as the operator reads them. */
const BULK_ACTIONS = [
  { value: 'remind', label: 'Nhắc việc' },
  { value: 'force_return', label: 'Trả về đơn vị đề nghị' },
  { value: 'cancel', label: 'Hủy hồ sơ' },
] as const;

function filtersFrom(params: URLSearchParams): DeskFilters {
  const f: DeskFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

export function useStuck(filters: DeskFilters) {
  return useQuery({
    queryKey: ['stuck', filters],
    queryFn: () =>
      call<StuckPage>(api.GET('/api/admin/stuck', { params: { query: { ...filters, limit: 200 } as never } })),
  });
}

export function useAging(level: string | undefined) {
  return useQuery({
    queryKey: ['stuck-aging', level],
    queryFn: () =>
      call<{ items: AgingCell[]; asOf: string }>(
        api.GET('/api/admin/stuck/aging', { params: { query: { level } as never } }),
      ),
  });
}

/** Where open tasks wait, per level × unit: each bar split into overdue (red) and still on time (green). */
function AgingChart({ cells }: { cells: AgingCell[] }) {
  const labels = useLabels().data;
  const widest = Math.max(0, ...cells.map((c) => c.total));
  return (
    <Card title="Việc đang chờ theo cấp và đơn vị" className="section" data-testid="aging">
      <p className="aging-legend">
        <span className="aging-swatch aging-late" aria-hidden="true" /> Quá hạn{' '}
        <span className="aging-swatch aging-on-time" aria-hidden="true" /> Còn trong hạn
      </p>
      {cells.length === 0 ? (
        <p>Không có việc nào đang chờ.</p>
      ) : (
        <ul className="aging-list">
          {cells.map((c) => {
            const bar = agingBar(c, widest);
            return (
              <li key={`${c.level}|${c.unitId}`} data-unit-id={c.unitId}>
                <span className="aging-unit">
                  <strong>{labels?.levels[c.level]?.vi}</strong> · {c.unitName ?? 'Đơn vị không còn trong cây'}
                </span>
                <span className="aging-bar" role="img" aria-label={agingText(c)}>
                  {bar.late > 0 && <span className="aging-late" style={{ width: `${bar.late}%` }} />}
                  {bar.onTime > 0 && <span className="aging-on-time" style={{ width: `${bar.onTime}%` }} />}
                </span>
                <span className="aging-count">
                  {c.total} việc{c.overdue > 0 ? `, ${c.overdue} quá hạn` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** "Gia hạn": a new due day (17:00 Vietnam time, the end of the office day) and a reason. */
function ExtendDialog({ row, onClose }: { row: StuckRow | null; onClose: (extended: boolean) => void }) {
  const [form] = Form.useForm<{ day: Dayjs; reason: string }>();
  const [key] = useState(newIdempotencyKey);
  const extend = useMutation({
    mutationFn: (v: { day: Dayjs; reason: string }) =>
      call<unknown>(
        api.POST('/api/nominations/{id}/deadline', {
          params: { path: { id: row?.nominationId ?? '' }, header: { 'Idempotency-Key': key } },
          body: {
            dueAt: `${v.day.format('YYYY-MM-DD')}T17:00:00+07:00`,
            reason: v.reason.trim(),
            taskSeq: row?.taskSeq,
          } as never,
        }),
      ),
    onSuccess: () => onClose(true),
  });
  return (
    <Modal
      open={row !== null}
      title={row ? `Gia hạn xử lý hồ sơ của ${row.nomineeName}` : ''}
      okText="Gia hạn"
      cancelText="Hủy"
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={extend.isPending}
      destroyOnHidden
    >
      <Form form={form} name="extend" layout="vertical" onFinish={(v) => extend.mutate(v)} preserve={false}>
        <Form.Item
          name="day"
          label="Hạn mới (đến 17:00 ngày)"
          initialValue={dayjs().add(10, 'day')}
          rules={[{ required: true, message: 'Chọn ngày hạn mới.' }]}
        >
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do gia hạn"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
        >
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <div aria-live="assertive">
          {extend.error && <Alert type="error" showIcon role="alert" title={errorText(extend.error)} />}
        </div>
      </Form>
    </Modal>
  );
}

/** Can thiệp hàng loạt: the dry run names every nomination a run would touch; the run acts on exactly those. */
function Interventions({ filters }: { filters: DeskFilters }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ action: string; reason: string }>();
  const [preview, setPreview] = useState<(BulkDryRunResponse & { body: object; key: string }) | null>(null);
  const filter = {
    ...(filters.reason ? { reason: filters.reason } : {}),
    ...(filters.level ? { level: Number(filters.level) } : {}),
    ...(filters.idleDays ? { idleDays: Number(filters.idleDays) } : {}),
  };
  const dry = useMutation({
    mutationFn: (v: { action: string; reason: string }) => {
      const body = { action: v.action, reason: v.reason?.trim() ?? '', filter };
      return call<BulkDryRunResponse>(
        api.POST('/api/admin/interventions/bulk', {
          params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { ...body, dryRun: true } as never,
        }),
      ).then((d) => ({ ...d, body, key: newIdempotencyKey() }));
    },
    onSuccess: setPreview,
  });
  const run = useMutation({
    mutationFn: (p: NonNullable<typeof preview>) =>
      call<BulkRunResponse>(
        api.POST('/api/admin/interventions/bulk', {
          params: { header: { 'Idempotency-Key': p.key } },
          body: { ...p.body, dryRun: false, selectionToken: p.selectionToken, nominationIds: p.nominationIds } as never,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stuck'] }),
  });
  const actionName = BULK_ACTIONS.find((a) => a.value === preview?.action)?.label ?? '';
  return (
    <Card title="Can thiệp hàng loạt" className="section no-print" data-testid="interventions">
      <p>Áp dụng cho các hồ sơ đang lọc ở trên. Xem trước danh sách, rồi mới thực hiện.</p>
      <Form
        form={form}
        name="intervention"
        layout="vertical"
        initialValues={{ action: 'remind' }}
        onFinish={(v) => dry.mutate(v)}
        onValuesChange={() => (setPreview(null), run.reset())}
      >
        <Form.Item name="action" label="Thao tác">
          <Select options={BULK_ACTIONS.map((a) => ({ ...a }))} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <div aria-live="assertive">
          {dry.error && <Alert type="error" showIcon role="alert" title={errorText(dry.error)} />}
        </div>
        <Button htmlType="submit" loading={dry.isPending}>
          Xem trước
        </Button>
      </Form>
      <div aria-live="polite" data-testid="intervention-preview">
        {preview && preview.count === 0 && <p>Không có hồ sơ nào khớp bộ lọc.</p>}
        {preview && preview.count > 0 && !run.data && (
          <>
            <Typography.Paragraph strong>
              {actionName}: {preview.count} hồ sơ
              {preview.truncated ? ' (còn hồ sơ khác khớp bộ lọc; chạy lại sau lần này)' : ''}
            </Typography.Paragraph>
            <ul className="plain-list" aria-label="Các hồ sơ sẽ được xử lý">
              {preview.items.map((i) => (
                <li key={i.nominationId}>
                  {i.nomineeName} · {i.unitName ?? 'Đơn vị không còn trong cây'}
                </li>
              ))}
            </ul>
            <Button
              type="primary"
              danger={preview.action === 'cancel'}
              className="section-top"
              loading={run.isPending}
              onClick={() => run.mutate(preview)}
            >
              {actionName} {preview.count} hồ sơ này
            </Button>
          </>
        )}
        {run.error && <Alert type="error" showIcon role="alert" title={errorText(run.error)} />}
        {run.data && (
          <Alert
            type={run.data.summary.failed > 0 ? 'warning' : 'success'}
            showIcon
            title={`Đã xong: ${run.data.summary.succeeded} thành công, ${run.data.summary.failed} không thực hiện được, ${run.data.summary.skipped} bỏ qua vì không còn khớp.`}
            description={
              <ul>
                {run.data.items
                  .filter((i) => !i.ok)
                  .map((i) => (
                    <li key={i.nominationId}>
                      {preview?.items.find((p) => p.nominationId === i.nominationId)?.nomineeName}:{' '}
                      {'problem' in i ? (i.problem?.detail ?? '') : ''}
                    </li>
                  ))}
              </ul>
            }
          />
        )}
      </div>
    </Card>
  );
}

/**
 * Bàn điều phối: stuck nominations in the administrator's scope with why, where work waits, and
 * interventions. A row offers only what the API says the caller may do on it (`allowedActions`).
 */
export function StuckDeskPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const stuck = useStuck(filters);
  const aging = useAging(filters.level);
  const labels = useLabels().data;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [extending, setExtending] = useState<StuckRow | null>(null);
  const asOf = stuck.data?.asOf ?? new Date().toISOString();

  const setFilter = (key: keyof DeskFilters, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<StuckRow> = [
    {
      title: 'Người / tập thể được đề nghị',
      render: (_, r) => (
        <>
          {r.allowedActions.includes('open') ? (
            <Link to={`/nominations/${r.nominationId}`}>{r.nomineeName}</Link>
          ) : (
            <span>{r.nomineeName}</span>
          )}
          <br />
          <Typography.Text type="secondary">{labels?.awards[r.awardCode]?.vi}</Typography.Text>
        </>
      ),
    },
    {
      title: 'Đang ở',
      render: (_, r) => (
        <>
          {labels?.levels[r.level]?.vi}
          <br />
          <Typography.Text type="secondary">{r.unitName ?? 'Đơn vị không còn trong cây'}</Typography.Text>
        </>
      ),
      responsive: ['md'],
    },
    {
      title: 'Bước',
      render: (_, r) => (r.step ? labels?.procedureSteps[r.step]?.vi : labels?.taskKinds[r.taskKind]?.vi),
      responsive: ['lg'],
    },
    {
      title: 'Hạn xử lý',
      dataIndex: 'dueAt',
      responsive: ['sm'],
      render: (v: string | null) => formatDate(v),
    },
    {
      // Lateness and reasons in one cell, so a phone shows them beside the name without scrolling.
      title: 'Tình trạng',
      className: 'desk-state',
      render: (_, r) => {
        const lateness = latenessOf(r, asOf);
        return (
          <>
            <Tag color={LATENESS_COLOUR[lateness.tone]} data-lateness={lateness.tone}>
              {waitingText(r)}
            </Tag>
            <div>
              {r.reasons.map((reason) => (
                <Tag key={reason} data-reason={reason}>
                  {labels?.stuckReasons[reason]?.vi}
                </Tag>
              ))}
            </div>
          </>
        );
      },
    },
    {
      title: 'Thao tác',
      className: 'no-print',
      render: (_, r) =>
        r.allowedActions.includes('extend') ? (
          <Button onClick={() => setExtending(r)} aria-label={`Gia hạn hồ sơ của ${r.nomineeName}`}>
            Gia hạn
          </Button>
        ) : r.allowedActions.length === 0 ? (
          <Typography.Text type="secondary">Ngoài quyền của bạn</Typography.Text>
        ) : null,
    },
  ];

  const items = stuck.data?.items ?? [];
  return (
    <section aria-labelledby="desk-title">
      <Typography.Title level={1} id="desk-title">
        Bàn điều phối
      </Typography.Title>
      <Form layout="inline" className="filter-bar no-print" role="search" aria-label="Lọc hồ sơ ách tắc">
        <Form.Item label="Lý do" htmlFor="desk-reason">
          <Select
            id="desk-reason"
            allowClear
            placeholder="Tất cả"
            value={filters.reason}
            onChange={(v) => setFilter('reason', v)}
            options={Object.entries(labels?.stuckReasons ?? {})
              .filter(([k]) => k !== 'failing')
              .map(([value, l]) => ({ value, label: l.vi }))}
            style={{ minWidth: 200 }}
          />
        </Form.Item>
        <Form.Item label="Cấp" htmlFor="desk-level">
          <Select
            id="desk-level"
            allowClear
            placeholder="Tất cả"
            value={filters.level}
            onChange={(v) => setFilter('level', v)}
            options={Object.entries(labels?.levels ?? {})
              .reverse()
              .map(([value, l]) => ({ value, label: l.vi }))}
            style={{ minWidth: 240 }}
          />
        </Form.Item>
        <Form.Item label="Không xử lý quá (ngày)" htmlFor="desk-idle">
          <InputNumber
            id="desk-idle"
            min={1}
            max={365}
            value={filters.idleDays ? Number(filters.idleDays) : 10}
            onChange={(v) => setFilter('idleDays', v && v !== 10 ? String(v) : undefined)}
          />
        </Form.Item>
      </Form>
      <p className="summary" aria-live="polite">
        {stuck.data &&
          `${items.length}${stuck.data.nextCursor ? '+' : ''} hồ sơ cần xử lý (tính đến ${formatDateTime(stuck.data.asOf)}).`}
      </p>
      {stuck.error && <Alert type="error" showIcon title={errorText(stuck.error)} />}
      <Table<StuckRow>
        rowKey="nominationId"
        size="middle"
        loading={stuck.isPending}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có hồ sơ nào ách tắc theo bộ lọc này.' }}
        onRow={(r) => ({ 'data-nomination-id': r.nominationId }) as React.HTMLAttributes<HTMLElement>}
      />
      {aging.error && <Alert type="error" showIcon title={errorText(aging.error)} />}
      {aging.data && <AgingChart cells={aging.data.items} />}
      <Interventions filters={filters} />
      <ExtendDialog
        row={extending}
        onClose={(extended) => {
          if (extended && extending) {
            void message.success(`Đã gia hạn hồ sơ của ${extending.nomineeName}.`);
            void queryClient.invalidateQueries({ queryKey: ['stuck'] });
            void queryClient.invalidateQueries({ queryKey: ['stuck-aging'] });
          }
          setExtending(null);
        }}
      />
    </section>
  );
}
