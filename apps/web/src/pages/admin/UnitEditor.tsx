import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Tag,
  TreeSelect,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReorganisationView, UnitChangeResult, UnitView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey, type ApiError } from '../../api/client';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { serverFieldErrors } from '../../lib/forms';
import { unitTreeOptions } from '../../lib/reports';
import { useLabels, useUnits } from '../../lib/session';

const DATE_FORMAT = 'DD/MM/YYYY';
const FINISHED = ['completed', 'completed_with_failures'];
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

interface NewUnit {
  code: string;
  name: string;
  kind: string;
  parentId: string;
  effectiveFrom: Dayjs;
  memberCount?: number;
  reason: string;
}

/** Thành lập đơn vị: code, name, kind (it fixes the level), the unit above and the day it starts. */
export function CreateUnitDrawer({ open, onClose }: { open: boolean; onClose: (created?: UnitView) => void }) {
  const [form] = Form.useForm<NewUnit>();
  const [key, setKey] = useState(newIdempotencyKey);
  const labels = useLabels().data;
  const units = useUnits().data;
  const queryClient = useQueryClient();
  const phone = !Grid.useBreakpoint().md;
  const create = useMutation({
    mutationFn: (v: NewUnit) =>
      call<UnitChangeResult>(
        api.POST('/api/admin/units', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            code: v.code.trim().toUpperCase(),
            name: v.name.trim(),
            kind: v.kind,
            parentId: v.parentId,
            effectiveFrom: day(v.effectiveFrom),
            memberCount: v.memberCount ?? 0,
            reason: v.reason.trim(),
          } as never,
        }),
      ),
    onSuccess: (result) => {
      setKey(newIdempotencyKey());
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      onClose(result.unit);
    },
    onError: (err: ApiError) => {
      setKey(newIdempotencyKey());
      form.setFields(
        serverFieldErrors(err, ['code', 'name', 'kind', 'parentId', 'effectiveFrom', 'memberCount', 'reason']) as never,
      );
    },
  });
  return (
    <Drawer open={open} onClose={() => onClose()} title="Thành lập đơn vị" size={phone ? '100%' : 520} destroyOnHidden>
      <Form<NewUnit> form={form} name="new-unit" layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="name" label="Tên đơn vị" rules={[{ required: true, whitespace: true, message: 'Nhập tên.' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="code"
          label="Mã đơn vị"
          extra="Chữ in hoa, chữ số và dấu gạch ngang, ví dụ HN-XDP"
          rules={[
            { required: true, message: 'Nhập mã đơn vị.' },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{1,63}$/, message: 'Mã gồm 2–64 chữ in hoa, chữ số hoặc “-”.' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị.' }]}>
          <Select
            options={Object.entries(labels?.unitKinds ?? {}).map(([value, l]) => ({
              value,
              label: `${l.vi} (${labels?.levels[l.level]?.vi ?? `cấp ${l.level}`})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="parentId"
          label="Đơn vị cấp trên"
          rules={[{ required: true, message: 'Chọn đơn vị cấp trên.' }]}
        >
          <TreeSelect treeData={unitTreeOptions(units?.roots ?? [])} showSearch={{ treeNodeFilterProp: 'title' }} />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label="Có hiệu lực từ ngày"
          rules={[{ required: true, message: 'Chọn ngày có hiệu lực.' }]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item name="memberCount" label="Số đoàn viên">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do, căn cứ"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do, căn cứ.' }]}
        >
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <div aria-live="assertive">
          {create.error && (
            <Alert type="error" showIcon role="alert" title={errorText(create.error)} className="section" />
          )}
        </div>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          Thành lập
        </Button>
      </Form>
    </Drawer>
  );
}

/** Tiến độ chuyển hồ sơ: a reorganisation's moves, polled until it finishes; retry is safe. */
export function ReorganisationProgress({ id }: { id: string }) {
  const labels = useLabels().data;
  const units = useUnits().data;
  const reorganisation = useQuery({
    queryKey: ['reorganisation', id],
    queryFn: () => call<ReorganisationView>(api.GET('/api/admin/reorganisations/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && FINISHED.includes(q.state.data.status) ? false : 1000),
  });
  const retry = useMutation({
    mutationFn: () =>
      call<ReorganisationView>(api.POST('/api/admin/reorganisations/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => void reorganisation.refetch(),
  });
  const r = reorganisation.data;
  if (reorganisation.error) return <Alert type="error" showIcon title={errorText(reorganisation.error)} />;
  if (!r) return <p aria-live="polite">Đang tải tiến độ…</p>;
  const unitName = (unitId: string) => units?.byId.get(unitId)?.name ?? 'đơn vị đã giải thể';
  const what = r.kind === 'dissolve' ? 'Giải thể' : 'Chuyển cấp trên';
  return (
    <Card title="Tiến độ chuyển hồ sơ" size="small" className="section" data-testid="reorganisation">
      <p data-reorg-status={r.status} aria-live="polite">
        <Tag color={r.status === 'completed' ? 'green' : r.status === 'completed_with_failures' ? 'orange' : 'blue'}>
          {labels?.reorganisationStatuses[r.status]?.vi}
        </Tag>
        {what} từ {formatDate(r.effectiveFrom)}: {r.reason}
      </p>
      <Descriptions size="small" column={{ xs: 2, md: 4 }} bordered>
        <Descriptions.Item label="Đã chuyển">
          <span data-count="moved">{formatNumber(r.counts.moved)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="Đang chờ">
          <span data-count="pending">{formatNumber(r.counts.pending)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="Bỏ qua">
          <span data-count="skipped">{formatNumber(r.counts.skipped)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="Lỗi">
          <span data-count="failed">{formatNumber(r.counts.failed)}</span>
        </Descriptions.Item>
      </Descriptions>
      {r.failures.length > 0 && (
        <ul className="plain-list section">
          {r.failures.map((f) => (
            <li key={f.nominationId}>
              Hồ sơ tại {unitName(f.fromUnitId)}: {f.error.message} ({f.attempts} lần thử)
            </li>
          ))}
        </ul>
      )}
      <p className="section">
        Người thực hiện: {r.operatorName}; lần chạy gần nhất {formatDateTime(r.lastRunAt)}.
      </p>
      <Button onClick={() => retry.mutate()} loading={retry.isPending} disabled={!FINISHED.includes(r.status)}>
        Chạy lại
      </Button>
      {retry.error && <Alert type="error" showIcon role="alert" title={errorText(retry.error)} />}
    </Card>
  );
}

interface RenameValues {
  name: string;
  reason: string;
}
interface DissolveValues {
  successorId: string;
  effectiveFrom: Dayjs;
  reason: string;
}

/**
 * Đổi tên and Giải thể for one unit. Dissolving names a successor at the same level; the waiting
 * nominations then move to it, and the moves' progress is shown until they finish.
 */
export function UnitChanges({ unit }: { unit: UnitView }) {
  const units = useUnits().data;
  const queryClient = useQueryClient();
  const [renameForm] = Form.useForm<RenameValues>();
  const [dissolveForm] = Form.useForm<DissolveValues>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [reorganisationId, setReorganisationId] = useState<string | null>(null);
  const changed = () => {
    setKey(newIdempotencyKey());
    void queryClient.invalidateQueries({ queryKey: ['units'] });
    void queryClient.invalidateQueries({ queryKey: ['admin-unit', unit.id] });
  };
  const rename = useMutation({
    mutationFn: (v: RenameValues) =>
      call<UnitView>(
        api.PATCH('/api/admin/units/{id}', {
          params: { path: { id: unit.id }, header: { 'Idempotency-Key': key } },
          body: { name: v.name.trim(), reason: v.reason.trim() } as never,
        }),
      ),
    onSuccess: () => {
      renameForm.resetFields();
      changed();
    },
    onError: (err: ApiError) => {
      setKey(newIdempotencyKey());
      renameForm.setFields(serverFieldErrors(err, ['name', 'reason']) as never);
    },
  });
  const dissolve = useMutation({
    mutationFn: (v: DissolveValues) =>
      call<UnitChangeResult>(
        api.POST('/api/admin/units/{id}/dissolution', {
          params: { path: { id: unit.id }, header: { 'Idempotency-Key': key } },
          body: { successorId: v.successorId, effectiveFrom: day(v.effectiveFrom), reason: v.reason.trim() } as never,
        }),
      ),
    onSuccess: (result) => {
      dissolveForm.resetFields();
      setReorganisationId(result.reorganisation?.id ?? null);
      changed();
    },
    onError: (err: ApiError) => {
      setKey(newIdempotencyKey());
      dissolveForm.setFields(serverFieldErrors(err, ['successorId', 'effectiveFrom', 'reason']) as never);
    },
  });
  // Successors: the other units at the same level (the server refuses any other).
  const successors = [...(units?.byId.values() ?? [])]
    .filter((u) => u.level === unit.level && u.id !== unit.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <>
      {reorganisationId && <ReorganisationProgress id={reorganisationId} />}
      {!unit.dissolvedOn && (
        <>
          <Card title="Đổi tên" size="small" className="section" data-testid="rename-form">
            <Form<RenameValues>
              form={renameForm}
              name="rename-unit"
              layout="vertical"
              onFinish={(v) => rename.mutate(v)}
            >
              <Form.Item
                name="name"
                label="Tên mới"
                rules={[{ required: true, whitespace: true, message: 'Nhập tên mới.' }]}
              >
                <Input />
              </Form.Item>
              <Form.Item
                name="reason"
                label="Lý do, căn cứ"
                rules={[{ required: true, whitespace: true, message: 'Nhập lý do, căn cứ.' }]}
              >
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
              {rename.error && <Alert type="error" showIcon role="alert" title={errorText(rename.error)} />}
              <Button htmlType="submit" loading={rename.isPending}>
                Đổi tên
              </Button>
            </Form>
          </Card>
          <Card title="Giải thể" size="small" className="section" data-testid="dissolve-form">
            <Form<DissolveValues>
              form={dissolveForm}
              name="dissolve-unit"
              layout="vertical"
              onFinish={(v) => dissolve.mutate(v)}
            >
              <Form.Item
                name="successorId"
                label="Đơn vị kế thừa (cùng cấp)"
                rules={[{ required: true, message: 'Chọn đơn vị kế thừa.' }]}
              >
                <Select options={successors} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
              <Form.Item
                name="effectiveFrom"
                label="Giải thể từ ngày"
                rules={[{ required: true, message: 'Chọn ngày giải thể.' }]}
              >
                <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
              </Form.Item>
              <Form.Item
                name="reason"
                label="Lý do, căn cứ"
                rules={[{ required: true, whitespace: true, message: 'Nhập lý do, căn cứ.' }]}
              >
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
              {dissolve.error && <Alert type="error" showIcon role="alert" title={errorText(dissolve.error)} />}
              <Popconfirm
                title={`Giải thể ${unit.name}?`}
                description="Đơn vị trực thuộc và hồ sơ đang chờ chuyển sang đơn vị kế thừa."
                okText="Giải thể"
                cancelText="Hủy"
                onConfirm={() => dissolveForm.submit()}
              >
                <Button danger loading={dissolve.isPending}>
                  Giải thể
                </Button>
              </Popconfirm>
            </Form>
          </Card>
        </>
      )}
    </>
  );
}
