import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
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
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { RuleSetVersionSummary } from '@vinhdanh/api';
import type { Campaign } from '@vinhdanh/db';
import { api, call, errorText, newIdempotencyKey, type ApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { serverFieldErrors } from '../../lib/forms';
import { can, useCampaigns, useLabels, useMe } from '../../lib/session';

interface CampaignForm {
  code: string;
  name: string;
  kind: string;
  ruleSetVersion: string;
  awardCodes: string[];
  opensOn: Dayjs;
  closesOn: Dayjs;
  cutoffs?: Record<string, Dayjs | undefined>;
}

/** The rule-set versions a campaign may pin: published ones, newest effective first, named by their title. */
export function ruleSetChoices(versions: readonly RuleSetVersionSummary[]): Array<{ value: string; label: string }> {
  return versions
    .filter((v) => v.status === 'published')
    .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''))
    .map((v) => ({
      value: v.version,
      label: [`Phiên bản ${v.version}`, v.title, v.effectiveFrom ? `hiệu lực từ ${formatDate(v.effectiveFrom)}` : null]
        .filter(Boolean)
        .join(' — '),
    }));
}

function CreateCampaign({ open, onClose }: { open: boolean; onClose: (created?: Campaign) => void }) {
  const [form] = Form.useForm<CampaignForm>();
  const [key, setKey] = useState(newIdempotencyKey);
  const labels = useLabels().data;
  const phone = !Grid.useBreakpoint().md;
  const versions = useQuery({
    queryKey: ['rule-sets'],
    queryFn: () => call<RuleSetVersionSummary[]>(api.GET('/api/admin/rule-sets')),
    enabled: open,
  });
  const version = Form.useWatch('ruleSetVersion', form);
  // The awards of the chosen version; a version published after the build names its awards by code.
  const awards = labels?.ruleSets
    .find((r) => r.version === version)
    ?.awards.map((a) => ({ value: a.code, label: a.name.vi }));
  const create = useMutation({
    mutationFn: (v: CampaignForm) =>
      call<Campaign>(
        api.POST('/api/admin/campaigns', {
          headers: { 'Idempotency-Key': key },
          body: {
            code: v.code.trim().toUpperCase(),
            name: v.name.trim(),
            kind: v.kind,
            ruleSetVersion: v.ruleSetVersion,
            awardCodes: v.awardCodes,
            opensOn: v.opensOn.format('YYYY-MM-DD'),
            closesOn: v.closesOn.format('YYYY-MM-DD'),
            cutoffs: Object.fromEntries(
              Object.entries(v.cutoffs ?? {}).flatMap(([level, d]) => (d ? [[level, d.format('YYYY-MM-DD')]] : [])),
            ),
          } as never,
        }),
      ),
    onSuccess: (c) => {
      setKey(newIdempotencyKey());
      form.resetFields();
      onClose(c);
    },
    onError: (err: ApiError) => {
      setKey(newIdempotencyKey());
      // Each refusal under its field, the cut-off of a level under that level's date.
      form.setFields(
        serverFieldErrors(err, [
          'code',
          'name',
          'kind',
          'ruleSetVersion',
          'awardCodes',
          'opensOn',
          'closesOn',
          'cutoffs',
        ]) as never,
      );
    },
  });
  return (
    <Drawer open={open} onClose={() => onClose()} title="Mở đợt thi đua" size={phone ? '100%' : 560} destroyOnHidden>
      <Form<CampaignForm>
        form={form}
        name="new-campaign"
        layout="vertical"
        initialValues={{ kind: 'annual' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          name="name"
          label="Tên đợt thi đua"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên đợt.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="code"
          label="Số hiệu đợt"
          extra="Chữ in hoa, chữ số và dấu gạch ngang, ví dụ LDG-2027"
          rules={[
            { required: true, message: 'Nhập số hiệu đợt.' },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, message: 'Số hiệu gồm 2–40 chữ in hoa, chữ số hoặc “-”.' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="Loại đợt" rules={[{ required: true, message: 'Chọn loại đợt.' }]}>
          <Select options={Object.entries(labels?.campaignKinds ?? {}).map(([value, l]) => ({ value, label: l.vi }))} />
        </Form.Item>
        <Form.Item
          name="ruleSetVersion"
          label="Bộ quy định áp dụng"
          rules={[{ required: true, message: 'Chọn phiên bản bộ quy định.' }]}
        >
          <Select
            loading={versions.isPending}
            placeholder="Chọn phiên bản đã ban hành"
            options={ruleSetChoices(versions.data ?? [])}
            onChange={() => form.setFieldValue('awardCodes', [])}
            notFoundContent={versions.error ? errorText(versions.error) : 'Chưa có phiên bản nào được ban hành'}
          />
        </Form.Item>
        <Form.Item
          name="awardCodes"
          label="Hình thức khen thưởng của đợt"
          rules={[{ required: true, message: 'Chọn ít nhất một hình thức.' }]}
        >
          <Select mode="multiple" disabled={!version} options={awards ?? []} optionFilterProp="label" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="opensOn" label="Ngày mở" rules={[{ required: true, message: 'Chọn ngày mở.' }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item name="closesOn" label="Ngày đóng" rules={[{ required: true, message: 'Chọn ngày đóng.' }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Space>
        <Typography.Text strong>Hạn chót từng cấp (nếu có)</Typography.Text>
        {['1', '2', '3', '4'].map((level) => (
          <Form.Item key={level} name={['cutoffs', level]} label={labels?.levels[level]?.vi}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
          </Form.Item>
        ))}
        <div aria-live="assertive">
          {create.error && (
            <Alert type="error" showIcon role="alert" title={errorText(create.error)} className="section" />
          )}
        </div>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          Mở đợt thi đua
        </Button>
      </Form>
    </Drawer>
  );
}

/** Đợt thi đua: the campaigns with their rule set and dates; system administrators open new ones. */
export function CampaignsPage() {
  const campaigns = useCampaigns();
  const labels = useLabels().data;
  const me = useMe().data;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<Campaign> = [
    { title: 'Đợt thi đua', dataIndex: 'name' },
    { title: 'Loại', dataIndex: 'kind', render: (k: string) => labels?.campaignKinds[k]?.vi, responsive: ['md'] },
    { title: 'Bộ quy định', dataIndex: 'ruleSetVersion', render: (v: string) => `Phiên bản ${v}`, responsive: ['lg'] },
    { title: 'Mở', dataIndex: 'opensOn', render: (v: string) => formatDate(v) },
    { title: 'Đóng', dataIndex: 'closesOn', render: (v: string) => formatDate(v) },
    {
      title: 'Hình thức',
      dataIndex: 'awardCodes',
      responsive: ['lg'],
      render: (codes: string[]) => codes.map((c) => <Tag key={c}>{labels?.awards[c]?.vi}</Tag>),
    },
  ];
  return (
    <section aria-labelledby="campaigns-title">
      <Typography.Title level={1} id="campaigns-title">
        Đợt thi đua
      </Typography.Title>
      {can(me, 'admin.system') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} className="section no-print">
          Mở đợt thi đua
        </Button>
      )}
      {campaigns.error && <Alert type="error" showIcon title={errorText(campaigns.error)} />}
      <Table<Campaign>
        rowKey="id"
        size="middle"
        loading={campaigns.isPending}
        columns={columns}
        dataSource={campaigns.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có đợt thi đua nào.' }}
      />
      <CreateCampaign
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) {
            void message.success(`Đã mở đợt “${created.name}”.`);
            void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
          }
        }}
      />
    </section>
  );
}
