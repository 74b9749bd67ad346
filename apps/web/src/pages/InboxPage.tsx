import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Collapse,
  Empty,
  Form,
  Grid,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { BulkResponse, InboxResponse, InboxRow } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate } from '../lib/format';
import { ClaimButton, LateArrivalMark } from './InboxRowParts';
import { QuotaGauge } from './QuotaGauge';
import { SavedViews } from './SavedViews';
import { bulkItems, emptyText, filtersActive, inboxSummary, isGranting, type InboxFilters } from '../lib/inbox';
import { useCampaigns, useLabels, useMe, useUnits } from '../lib/session';
import { DownloadListButton } from '../reports/download';

const FILTER_KEYS = ['search', 'kind', 'status', 'overdue', 'holder', 'awardCode', 'campaignId', 'sort'] as const;
const PAGE_SIZE = 100;

function filtersFrom(params: URLSearchParams): InboxFilters {
  const filters: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  return filters as InboxFilters;
}

/** The inbox pages loaded so far (the API pages by cursor; a filter change starts again). */
export function useInbox(filters: InboxFilters) {
  return useQuery({
    queryKey: ['inbox', filters],
    queryFn: async () => {
      const query = { ...filters, sort: filters.sort ?? 'due', limit: PAGE_SIZE };
      return call<InboxResponse>(api.GET('/api/inbox', { params: { query } }));
    },
    // New tasks arrive while the page is open (other levels decide): look again every minute.
    refetchInterval: 60_000,
  });
}

/** Hộp việc: tasks soonest due first, filters in the URL, counters, select-all and bulk decisions. */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const inbox = useInbox(filters);
  const me = useMe().data;
  const labels = useLabels().data;
  const units = useUnits().data;
  const [selected, setSelected] = useState<React.Key[]>([]);
  const [bulkOutcome, setBulkOutcome] = useState<BulkOutcome | null>(null);
  // On a phone the list comes first: only the search box above it, the other filters folded.
  const phone = !Grid.useBreakpoint().md;

  const setFilter = (key: keyof InboxFilters, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    // A changed filter is no longer the saved view it started from.
    next.delete('view');
    setSelected([]);
    setParams(next, { replace: true });
  };

  const tasks = inbox.data?.items ?? [];
  const total = inbox.data?.counts.total ?? 0;
  const filtered = filtersActive(filters);
  // What the server says the caller may decide on each row (the decision endpoints' own checks).
  const selectable = (t: InboxRow) => t.allowedActions.includes('approve') || t.allowedActions.includes('return');
  const chosen = tasks.filter((t) => selected.includes(t.nominationId));

  const columns: TableColumnsType<InboxRow> = [
    {
      title: 'Người / tập thể được đề nghị',
      dataIndex: 'nomineeName',
      render: (name: string, t) => (
        <>
          <Link to={`/nominations/${t.nominationId}`}>{name}</Link>
          {t.lateArrival && <LateArrivalMark late={t.lateArrival} />}
        </>
      ),
    },
    {
      title: 'Hình thức khen thưởng',
      dataIndex: 'awardCode',
      render: (c: string, t) => (
        <>
          {labels?.awards[c]?.vi ?? ''}
          {t.kind === 'review' && <QuotaGauge campaignId={t.campaignId} unitId={t.unitId} awardCode={c} />}
        </>
      ),
    },
    {
      title: 'Đơn vị xử lý',
      dataIndex: 'unitId',
      responsive: ['md'],
      render: (id: string, t) => (
        <>
          {units?.byId.get(id)?.name ?? ''}
          <br />
          <Typography.Text type="secondary">{labels?.levels[String(t.level)]?.vi}</Typography.Text>
        </>
      ),
    },
    {
      title: 'Việc',
      dataIndex: 'kind',
      responsive: ['xxl'],
      render: (k: string) => (k === 'review' ? 'Xét duyệt' : 'Bổ sung hồ sơ'),
    },
    { title: 'Ngày mở', dataIndex: 'openedAt', responsive: ['xxl'], render: (v: string) => formatDate(v) },
    {
      title: 'Hạn xử lý',
      dataIndex: 'dueAt',
      render: (v: string | null, t) => (
        <>
          {formatDate(v)} {t.overdue && <Tag color="red">Quá hạn</Tag>}
        </>
      ),
    },
    { title: 'Trạng thái', dataIndex: 'statusLabel', render: (l: InboxRow['statusLabel']) => <Tag>{l.vi}</Tag> },
    {
      title: 'Người xử lý',
      dataIndex: 'holder',
      responsive: ['md'],
      className: 'holder',
      render: (h: InboxRow['holder'], t) =>
        t.taskActions.includes('claim') ? (
          <ClaimButton task={t} />
        ) : h ? (
          h.userId === me?.id ? (
            'Tôi'
          ) : (
            h.name
          )
        ) : (
          'Chưa ai nhận'
        ),
    },
  ];

  const statusOptions = Object.entries(labels?.statuses ?? {}).map(([value, l]) => ({ value, label: l.vi }));
  const awardOptions = Object.entries(labels?.awards ?? {}).map(([value, l]) => ({ value, label: l.vi }));

  const moreFilters = (
    <>
      <Form.Item label="Sắp xếp" htmlFor="inbox-sort">
        <Select
          id="inbox-sort"
          value={filters.sort ?? 'due'}
          onChange={(v) => setFilter('sort', v === 'due' ? undefined : v)}
          options={[
            { value: 'due', label: 'Hạn xử lý gần nhất' },
            { value: 'opened', label: 'Mở sớm nhất' },
          ]}
          style={{ minWidth: 180 }}
        />
      </Form.Item>
      <Form.Item label="Hạn" htmlFor="inbox-overdue">
        <Select
          id="inbox-overdue"
          allowClear
          placeholder="Tất cả"
          value={filters.overdue}
          onChange={(v) => setFilter('overdue', v)}
          options={[{ value: 'true', label: 'Quá hạn' }]}
          style={{ minWidth: 120 }}
        />
      </Form.Item>
      <Form.Item label="Trạng thái" htmlFor="inbox-status">
        <Select
          id="inbox-status"
          allowClear
          placeholder="Tất cả"
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          options={statusOptions}
          style={{ minWidth: 200 }}
        />
      </Form.Item>
      <Form.Item label="Việc" htmlFor="inbox-kind">
        <Select
          id="inbox-kind"
          allowClear
          placeholder="Tất cả"
          value={filters.kind}
          onChange={(v) => setFilter('kind', v)}
          options={[
            { value: 'review', label: 'Xét duyệt' },
            { value: 'revision', label: 'Bổ sung hồ sơ' },
          ]}
          style={{ minWidth: 140 }}
        />
      </Form.Item>
      <Form.Item label="Người xử lý" htmlFor="inbox-holder">
        <Select
          id="inbox-holder"
          allowClear
          placeholder="Tất cả"
          value={filters.holder}
          onChange={(v) => setFilter('holder', v)}
          options={[
            { value: 'me', label: 'Tôi đã nhận' },
            { value: 'unassigned', label: 'Chưa ai nhận' },
          ]}
          style={{ minWidth: 140 }}
        />
      </Form.Item>
      <Form.Item label="Hình thức" htmlFor="inbox-award">
        <Select
          id="inbox-award"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Tất cả"
          value={filters.awardCode}
          onChange={(v) => setFilter('awardCode', v)}
          options={awardOptions}
          style={{ minWidth: 220 }}
        />
      </Form.Item>
    </>
  );

  return (
    <section aria-labelledby="inbox-title">
      <Typography.Title level={1} id="inbox-title">
        Hộp việc
      </Typography.Title>
      <p className="no-print">
        <DownloadListButton
          url={`/api/reports/exports/inbox?${new URLSearchParams({ ...filters, format: 'xlsx' }).toString()}`}
        />
      </p>
      <Form layout="inline" className="filter-bar no-print" aria-label="Lọc hộp việc">
        <Form.Item label="Tìm" htmlFor="inbox-search">
          <Input.Search
            id="inbox-search"
            allowClear
            defaultValue={filters.search}
            placeholder="Tên người, tập thể"
            onSearch={(v) => setFilter('search', v.trim() || undefined)}
          />
        </Form.Item>
        {phone ? null : moreFilters}
      </Form>
      {phone && (
        <Collapse
          className="filter-more no-print"
          size="small"
          items={[
            {
              key: 'filters',
              label: filtered ? 'Bộ lọc và sắp xếp (đang lọc)' : 'Bộ lọc và sắp xếp',
              children: (
                <Form layout="inline" className="filter-bar" aria-label="Bộ lọc khác">
                  {moreFilters}
                </Form>
              ),
            },
          ]}
        />
      )}
      <Collapse
        className="saved-views-panel no-print"
        size="small"
        items={[
          {
            key: 'views',
            label: 'Bộ lọc đã lưu',
            children: (
              <SavedViews
                filters={filters}
                viewId={params.get('view') ?? undefined}
                onPick={(picked) => {
                  setSelected([]);
                  setParams(new URLSearchParams(picked), { replace: true });
                }}
              />
            ),
          },
        ]}
      />
      <p className="summary" aria-live="polite">
        {inbox.data && inboxSummary({ total, shown: tasks.length, more: inbox.data.nextCursor !== null, filtered })}
      </p>
      {inbox.error && <Alert type="error" showIcon title={errorText(inbox.error)} />}
      {chosen.length > 0 && (
        <BulkPanel
          tasks={chosen}
          onResult={(outcome) => {
            setBulkOutcome(outcome);
            if (outcome.failures.length === 0) setSelected([]);
          }}
        />
      )}
      {bulkOutcome && bulkOutcome.failures.length > 0 && (
        // Outside the panel: the decided rows leave the list (and the panel with them), the outcome stays.
        <div data-testid="bulk-results">
          <Alert
            className="section"
            type="warning"
            showIcon
            role="alert"
            closable
            onClose={() => setBulkOutcome(null)}
            title={`${bulkOutcome.failures.length} hồ sơ chưa xử lý được:`}
            description={
              <ul>
                {bulkOutcome.failures.map((f) => (
                  <li key={f.nominationId}>
                    {f.name}: {f.detail}
                  </li>
                ))}
              </ul>
            }
          />
        </div>
      )}
      <Table<InboxRow>
        rowKey="nominationId"
        onRow={(t) => ({ 'data-nomination-id': t.nominationId }) as React.HTMLAttributes<HTMLElement>}
        size="middle"
        loading={inbox.isPending}
        columns={columns}
        dataSource={tasks}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={emptyText(total, filtered)} /> }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: setSelected,
          getCheckboxProps: (t) => ({
            disabled: !selectable(t),
            'aria-label': `Chọn hồ sơ của ${t.nomineeName}`,
          }),
          columnTitle: undefined,
        }}
        caption={<span className="sr-only">Hộp việc</span>}
      />
      {inbox.data?.nextCursor && <p>Còn việc chưa hiện trong danh sách: hãy thu hẹp bộ lọc để xem hết.</p>}
    </section>
  );
}

/**
 * Duyệt hàng loạt: approve or return the chosen tasks in one request. When any of them grants the
 * award, the batch takes one decision number (asked for before anything is sent).
 */
/** What a bulk decision left undone, by name (the rows that were done leave the inbox). */
interface BulkOutcome {
  failures: { nominationId: string; name: string; detail: string }[];
}

function BulkPanel({ tasks, onResult }: { tasks: InboxRow[]; onResult: (outcome: BulkOutcome) => void }) {
  const labels = useLabels().data;
  const campaigns = useCampaigns().data;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ decisionNumber?: string; reason?: string }>();
  const [key, setKey] = useState(newIdempotencyKey);
  const granting = (t: Pick<InboxRow, 'awardCode' | 'campaignId' | 'level'>) => isGranting(t, labels, campaigns);
  const anyGranting = tasks.some(granting);
  const decide = useMutation({
    mutationFn: async (decision: 'approve' | 'return') => {
      const values = await form.validateFields(decision === 'approve' ? ['decisionNumber'] : ['reason']);
      const items = bulkItems(tasks, decision, {
        reason: values.reason?.trim() || undefined,
        decisionNumber: values.decisionNumber?.trim() || undefined,
        granting,
      });
      return call<BulkResponse>(
        api.POST('/api/inbox/bulk-decisions', {
          params: { header: { 'Idempotency-Key': key } },
          body: { items },
        }),
      );
    },
    onSuccess: (answer) => {
      setKey(newIdempotencyKey());
      void message.success(`Đã xử lý ${answer.summary.succeeded}/${answer.summary.total} hồ sơ.`);
      onResult({
        failures: answer.items
          .filter((i) => !i.ok)
          .map((i) => ({
            nominationId: i.nominationId ?? String(i.index),
            name: names.get(i.nominationId ?? '') ?? '',
            detail: 'problem' in i ? i.problem.detail : '',
          })),
      });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
  const names = new Map(tasks.map((t) => [t.nominationId, t.nomineeName]));
  return (
    <Collapse
      className="bulk-panel no-print"
      items={[
        {
          key: 'bulk',
          label: `Xử lý hàng loạt ${tasks.length} hồ sơ đã chọn`,
          children: (
            <Form form={form} layout="vertical" requiredMark>
              {anyGranting && (
                <Form.Item
                  name="decisionNumber"
                  label="Số quyết định khen thưởng (một số cho cả đợt duyệt)"
                  extra="Hồ sơ ở cấp quyết định khen thưởng cần số quyết định."
                  rules={[{ required: true, whitespace: true, message: 'Nhập số quyết định khen thưởng.' }]}
                >
                  <Input autoComplete="off" placeholder="Ví dụ: 123/QĐ-LĐLĐ" />
                </Form.Item>
              )}
              <Form.Item
                name="reason"
                required={false}
                label="Lý do (bắt buộc khi trả lại)"
                rules={[{ required: true, whitespace: true, message: 'Nhập lý do trả lại.' }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
              <Space wrap>
                <Button type="primary" loading={decide.isPending} onClick={() => decide.mutate('approve')}>
                  Đồng ý {tasks.length} hồ sơ
                </Button>
                <Button loading={decide.isPending} onClick={() => decide.mutate('return')}>
                  Trả lại {tasks.length} hồ sơ
                </Button>
              </Space>
              {decide.error && 'status' in decide.error && (
                <Alert type="error" showIcon title={errorText(decide.error)} role="alert" />
              )}
            </Form>
          ),
        },
      ]}
    />
  );
}
