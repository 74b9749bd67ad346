import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CouncilSessionView, SubmissionBatchSummaryView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { MEMBER_ROLE_NAMES } from '../lib/round';
import { unitsFor, useCampaigns, useLabels, useMe, useUnits } from '../lib/session';

interface ConveneForm {
  councilUnitId?: string;
  title?: string;
  rosterAsOf?: Dayjs;
  campaignId?: string;
  awardCode?: string;
  batchIds?: string[];
  slots?: number;
  maxRounds?: number;
}

/** The request body of a session from the form: the council sits with its roster in force on the day. */
export function conveneRequest(v: ConveneForm): Record<string, unknown> {
  return {
    councilUnitId: v.councilUnitId,
    title: v.title?.trim(),
    rosterAsOf: v.rosterAsOf?.format('YYYY-MM-DD'),
    campaignId: v.campaignId,
    awardCode: v.awardCode,
    batchIds: v.batchIds ?? [],
    slots: v.slots,
    maxRounds: v.maxRounds,
  };
}

/**
 * Triệu tập phiên họp: the council of one of the caller's units, the day (its roster in force that
 * day is shown and is what the session records), the campaign's award and the đề nghị to consider.
 */
export function ConveneCouncilSession({ onDone }: { onDone: (id: string) => void }) {
  const me = useMe().data;
  const units = useUnits().data;
  const campaigns = useCampaigns().data ?? [];
  const labels = useLabels().data;
  const [form] = Form.useForm<ConveneForm>();
  const unitId = Form.useWatch('councilUnitId', form);
  const day = Form.useWatch('rosterAsOf', form);
  const campaignId = Form.useWatch('campaignId', form);
  const [key] = useState(newIdempotencyKey);
  const myUnits = unitsFor(me, 'councilSession.run');
  const asOf = day?.format('YYYY-MM-DD');
  const roster = useQuery({
    queryKey: ['council-roster', unitId, asOf],
    enabled: Boolean(unitId && asOf),
    queryFn: () =>
      call<{ members: { memberId: string; name: string; position: string; role: string }[] }>(
        api.GET('/api/council-rosters/{unitId}', {
          params: { path: { unitId: unitId ?? '' }, query: { asOf } },
        }),
      ),
  });
  const batches = useQuery({
    queryKey: ['submission-batches'],
    queryFn: () => call<SubmissionBatchSummaryView[]>(api.GET('/api/submission-batches')),
  });
  const campaign = campaigns.find((c) => c.id === campaignId);
  const convene = useMutation({
    mutationFn: (v: ConveneForm) =>
      call<CouncilSessionView>(
        api.POST('/api/council-sessions', {
          params: { header: { 'Idempotency-Key': key } },
          body: conveneRequest(v) as never,
        }),
      ),
    onSuccess: (s) => onDone(s.id),
  });
  const members = roster.data?.members ?? [];
  return (
    <Card title="Triệu tập phiên họp" className="section">
      <Form
        form={form}
        layout="vertical"
        aria-label="Triệu tập phiên họp"
        initialValues={{ rosterAsOf: dayjs(), maxRounds: 2, slots: 1, councilUnitId: myUnits[0] }}
        onFinish={(v) => convene.mutate(v)}
      >
        <Space wrap align="start">
          <Form.Item name="councilUnitId" label="Hội đồng của" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
            <Select
              style={{ minWidth: 280 }}
              options={myUnits.map((id) => ({ value: id, label: units?.byId.get(id)?.name ?? '' }))}
            />
          </Form.Item>
          <Form.Item name="rosterAsOf" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày họp.' }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label="Tên phiên họp"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên phiên họp.' }]}
        >
          <Input />
        </Form.Item>
        <div className="section" aria-live="polite">
          {members.length > 0 ? (
            <>
              <p>Thành phần Hội đồng hiệu lực ngày họp ({members.length} thành viên):</p>
              <ul className="council-roster">
                {members.map((m) => (
                  <li key={m.memberId}>
                    {m.name} – {m.position} ({MEMBER_ROLE_NAMES[m.role] ?? ''})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            unitId &&
            roster.isSuccess && <Alert type="warning" showIcon title="Chưa có thành phần Hội đồng hiệu lực ngày này." />
          )}
          {roster.error && <Alert type="error" showIcon title={errorText(roster.error)} />}
        </div>
        <Space wrap align="start">
          <Form.Item name="campaignId" label="Đợt thi đua" rules={[{ required: true, message: 'Chọn đợt thi đua.' }]}>
            <Select
              style={{ minWidth: 240 }}
              options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldsValue({ awardCode: undefined, batchIds: [] })}
            />
          </Form.Item>
          <Form.Item name="awardCode" label="Hình thức" rules={[{ required: true, message: 'Chọn hình thức.' }]}>
            <Select
              style={{ minWidth: 240 }}
              options={(campaign?.awardCodes ?? []).map((c) => ({ value: c, label: labels?.awards[c]?.vi ?? '' }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="batchIds"
          label="Các đề nghị được xét"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đề nghị.' }]}
        >
          <Select
            mode="multiple"
            options={(batches.data ?? [])
              .filter((b) => b.campaign.id === campaignId)
              .map((b) => ({ value: b.id, label: `${b.submissionLetterNumber} – ${b.submittingUnit.name}` }))}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="slots" label="Số suất" rules={[{ required: true, message: 'Nhập số suất.' }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="maxRounds" label="Số vòng bỏ phiếu tối đa">
            <InputNumber min={1} max={5} />
          </Form.Item>
        </Space>
        {convene.error && <Alert type="error" showIcon role="alert" title={errorText(convene.error)} />}
        <Button type="primary" htmlType="submit" loading={convene.isPending}>
          Triệu tập
        </Button>
      </Form>
    </Card>
  );
}
