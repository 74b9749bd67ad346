import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { QuotaView } from '@vinhdanh/api';
import { api, call, errorText, type ApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { serverFieldErrors } from '../../lib/forms';
import { useCampaigns, useLabels, useUnits } from '../../lib/session';

/** A bucket key (`AWARD|unit:<id>|period`, `AWARD|national|period`) split into what it counts. */
export function bucketParts(bucketKey: string): { awardCode: string; unitId: string | null; period: string } {
  const [awardCode = '', scope = '', period = ''] = bucketKey.split('|');
  return { awardCode, unitId: scope.startsWith('unit:') ? scope.slice('unit:'.length) : null, period };
}

/** The period of a bucket in words: a year, or the campaign's theme. */
export function periodText(period: string): string {
  if (period.startsWith('year:')) return `Năm ${period.slice('year:'.length)}`;
  if (period.startsWith('theme:')) return 'Theo chuyên đề của đợt';
  return 'Cả đợt';
}

interface OverrideValues {
  limit: number;
  reason: string;
}

/**
 * Điều chỉnh chỉ tiêu: a new limit for one bucket with the reason the history keeps. The server
 * refuses a limit below the slots already used, and buckets outside the caller's units.
 */
export function QuotaOverrideModal({
  campaignId,
  quota,
  title,
  onClose,
}: {
  campaignId: string;
  quota: QuotaView | null;
  title: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<OverrideValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: OverrideValues) =>
      call<QuotaView>(
        api.PUT('/api/admin/campaigns/{id}/quotas/{bucketKey}', {
          params: { path: { id: campaignId, bucketKey: quota?.bucketKey ?? '' } },
          body: { limit: v.limit, reason: v.reason.trim() } as never,
        }),
      ),
    onSuccess: (q) => {
      void message.success(`Đã đặt chỉ tiêu ${q.limit ?? ''}: ${title}.`);
      void queryClient.invalidateQueries({ queryKey: ['quotas', campaignId] });
      onClose();
    },
    onError: (err: ApiError) => form.setFields(serverFieldErrors(err, ['limit', 'reason']) as never),
  });
  return (
    <Modal
      open={quota !== null}
      title={`Điều chỉnh chỉ tiêu: ${title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Lưu chỉ tiêu"
      cancelText="Hủy"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<OverrideValues>
        form={form}
        name="quota-override"
        layout="vertical"
        preserve={false}
        initialValues={{ limit: quota?.limit ?? undefined }}
        onFinish={(v) => save.mutate(v)}
      >
        <p>Đã dùng {quota?.used ?? 0} suất; chỉ tiêu mới không được thấp hơn số đã dùng.</p>
        <Form.Item name="limit" label="Số suất tối đa" rules={[{ required: true, message: 'Nhập số suất.' }]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do điều chỉnh"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do điều chỉnh (ghi vào lịch sử).' }]}
        >
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={errorText(save.error)} />}
      </Form>
    </Modal>
  );
}

/** Chỉ tiêu: each campaign's quota buckets with limit, used and the last change's reason. */
export function QuotasPage() {
  const [params, setParams] = useSearchParams();
  const campaigns = useCampaigns().data;
  const labels = useLabels().data;
  const units = useUnits().data;
  const campaignId = params.get('campaignId') ?? campaigns?.[0]?.id;
  const [editing, setEditing] = useState<QuotaView | null>(null);
  const bucketTitle = (q: QuotaView) =>
    [
      labels?.awards[bucketParts(q.bucketKey).awardCode]?.vi,
      q.unitId ? (units?.byId.get(q.unitId)?.name ?? 'Đơn vị không còn trong cây') : 'Toàn quốc',
      periodText(bucketParts(q.bucketKey).period),
    ].join(' · ');
  const quotas = useQuery({
    queryKey: ['quotas', campaignId],
    enabled: campaignId !== undefined,
    queryFn: () =>
      call<QuotaView[]>(api.GET('/api/admin/campaigns/{id}/quotas', { params: { path: { id: campaignId ?? '' } } })),
  });
  const columns: TableColumnsType<QuotaView> = [
    {
      title: 'Hình thức khen thưởng',
      render: (_, q) => labels?.awards[bucketParts(q.bucketKey).awardCode]?.vi,
      sorter: (a, b) => a.bucketKey.localeCompare(b.bucketKey),
    },
    {
      title: 'Phạm vi',
      render: (_, q) => (q.unitId ? (units?.byId.get(q.unitId)?.name ?? 'Đơn vị không còn trong cây') : 'Toàn quốc'),
    },
    { title: 'Thời kỳ', render: (_, q) => periodText(bucketParts(q.bucketKey).period), responsive: ['md'] },
    {
      title: 'Đã dùng / chỉ tiêu',
      render: (_, q) =>
        q.limit === null ? (
          `${q.used} / không giới hạn`
        ) : (
          <div className="quota-cell">
            <span>
              {q.used} / {q.limit}
            </span>
            <Progress
              percent={q.limit === 0 ? 100 : Math.round((100 * q.used) / q.limit)}
              status={q.used >= q.limit ? 'exception' : 'normal'}
              showInfo={false}
              size="small"
              aria-label={`Đã dùng ${q.used} trên ${q.limit}`}
            />
          </div>
        ),
      sorter: (a, b) => a.used / (a.limit || 1) - b.used / (b.limit || 1),
    },
    {
      title: 'Điều chỉnh gần nhất',
      responsive: ['lg'],
      render: (_, q) =>
        q.override ? `${formatDate(q.override.changedAt)}, ${q.override.changedBy}: ${q.override.reason}` : '—',
    },
    {
      title: 'Thao tác',
      className: 'no-print',
      render: (_, q) => (
        <Button size="small" aria-label={`Điều chỉnh chỉ tiêu ${bucketTitle(q)}`} onClick={() => setEditing(q)}>
          Điều chỉnh
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="quotas-title">
      <Typography.Title level={1} id="quotas-title">
        Chỉ tiêu khen thưởng
      </Typography.Title>
      <Form layout="inline" className="filter-bar no-print">
        <Form.Item label="Đợt thi đua" htmlFor="quotas-campaign">
          <Select
            id="quotas-campaign"
            value={campaignId}
            onChange={(v) => setParams({ campaignId: v }, { replace: true })}
            options={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 280, maxWidth: '100%' }}
          />
        </Form.Item>
      </Form>
      {quotas.error && <Alert type="error" showIcon title={errorText(quotas.error)} />}
      <p className="summary" aria-live="polite">
        {quotas.data &&
          `${quotas.data.length} chỉ tiêu; ${quotas.data.filter((q) => q.limit !== null && q.used >= q.limit).length} đã dùng hết.`}
      </p>
      <Table<QuotaView>
        rowKey="bucketKey"
        size="middle"
        loading={quotas.isPending && campaignId !== undefined}
        columns={columns}
        dataSource={quotas.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Đợt thi đua này chưa có chỉ tiêu nào.' }}
        onRow={(q) => ({ 'data-bucket-key': q.bucketKey }) as never}
      />
      {campaignId && (
        <QuotaOverrideModal
          campaignId={campaignId}
          quota={editing}
          title={editing ? bucketTitle(editing) : ''}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
