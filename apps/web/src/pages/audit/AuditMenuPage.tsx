import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Space, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { NominationSummary, Page } from '@vinhdanh/db';
import { api, call, errorText } from '../../api/client';
import { formatDate } from '../../lib/format';
import { unitTreeOptions, yearChoices } from '../../lib/reports';
import { useCampaigns, useLabels, useUnits } from '../../lib/session';

/** The auditors' screens, one place to start from. */
export const AUDIT_SCREENS = [
  {
    to: '/audit/anomalies',
    title: 'Bất thường trong đợt thi đua',
    text: 'Quyết định sau hạn, đổi chỉ tiêu giữa đợt, thao tác thay mặt, một người quyết định ở hai cấp.',
  },
  {
    to: '/audit/export-check',
    title: 'Kiểm tra tệp xuất',
    text: 'Tải lên một tệp hồ sơ hoặc cả đợt đã xuất có chữ ký để kiểm tra chữ ký số và chuỗi băm.',
  },
] as const;

/**
 * Lịch sử dữ liệu quản trị: opens the history of a campaign, its quotas, a unit or a calendar year
 * (`/audit/streams/<stream>`), each chosen by name from a list.
 */
export function AdminHistoryPicker() {
  const navigate = useNavigate();
  const campaigns = useCampaigns().data;
  const units = useUnits().data;
  const [campaignId, setCampaignId] = useState<string>();
  const [unitId, setUnitId] = useState<string>();
  const [year, setYear] = useState(new Date().getFullYear());
  const open = (streamId: string) => void navigate(`/audit/streams/${encodeURIComponent(streamId)}`);
  return (
    <Card title="Lịch sử dữ liệu quản trị" className="section" data-testid="admin-history">
      <p>Mọi thay đổi của đợt thi đua, chỉ tiêu, đơn vị và lịch làm việc: ai làm, lúc nào, vì sao.</p>
      <Form layout="vertical">
        <Form.Item label="Đợt thi đua" htmlFor="history-campaign">
          <Space wrap>
            <Select
              id="history-campaign"
              value={campaignId}
              onChange={setCampaignId}
              placeholder="Chọn đợt thi đua"
              options={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 240, maxWidth: '100%' }}
            />
            <Button disabled={!campaignId} onClick={() => campaignId && open(`campaign-${campaignId}`)}>
              Lịch sử đợt
            </Button>
            <Button disabled={!campaignId} onClick={() => campaignId && open(`quota-${campaignId}`)}>
              Lịch sử chỉ tiêu
            </Button>
          </Space>
        </Form.Item>
        <Form.Item label="Đơn vị" htmlFor="history-unit">
          <Space wrap>
            <TreeSelect
              id="history-unit"
              value={unitId}
              onChange={setUnitId}
              placeholder="Chọn đơn vị"
              treeData={unitTreeOptions(units?.roots ?? [])}
              showSearch={{ treeNodeFilterProp: 'title' }}
              style={{ minWidth: 240, maxWidth: '100%' }}
            />
            <Button disabled={!unitId} onClick={() => unitId && open(`unit-${unitId}`)}>
              Lịch sử đơn vị
            </Button>
          </Space>
        </Form.Item>
        <Form.Item label="Lịch làm việc năm" htmlFor="history-year">
          <Space wrap>
            <Select
              id="history-year"
              value={year}
              onChange={setYear}
              options={yearChoices(new Date().getFullYear() + 1).map((y) => ({ value: y, label: String(y) }))}
            />
            <Button onClick={() => open(`working-calendar-${year}`)}>Lịch sử lịch làm việc</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** Kiểm tra, giám sát: the audit menu, and a nomination's audit trail found by the nominee's name. */
export function AuditMenuPage() {
  const [search, setSearch] = useState('');
  const labels = useLabels().data;
  const found = useQuery({
    queryKey: ['audit-search', search],
    enabled: search.trim().length >= 2,
    queryFn: () =>
      call<Page<NominationSummary>>(
        api.GET('/api/nominations', { params: { query: { search: search.trim(), limit: 20 } as never } }),
      ),
  });
  return (
    <section aria-labelledby="audit-title">
      <Typography.Title level={1} id="audit-title">
        Kiểm tra, giám sát
      </Typography.Title>
      <nav aria-label="Các chức năng kiểm tra">
        <ul className="card-grid">
          {AUDIT_SCREENS.map((s) => (
            <li key={s.to}>
              <Card title={<Link to={s.to}>{s.title}</Link>}>{s.text}</Card>
            </li>
          ))}
        </ul>
      </nav>
      <Card title="Lịch sử của một hồ sơ" className="section">
        <p>
          Trạng thái tại mọi thời điểm, kiểm tra chuỗi băm và tải bản xuất có chữ ký. Tìm hồ sơ theo tên người hoặc tập
          thể được đề nghị.
        </p>
        <Input.Search
          placeholder="Gõ ít nhất 2 ký tự của tên"
          aria-label="Tìm hồ sơ theo tên"
          allowClear
          onSearch={setSearch}
          onChange={(e) => e.target.value === '' && setSearch('')}
          enterButton="Tìm"
          className="section"
        />
        {found.error && <Alert type="error" showIcon title={errorText(found.error)} />}
        {found.data && (
          <div aria-live="polite">
            {found.data.items.length === 0 ? (
              <p>Không tìm thấy hồ sơ nào.</p>
            ) : (
              <ul className="plain-list">
                {found.data.items.map((n) => (
                  <li key={n.id}>
                    <Link to={`/audit/nominations/${n.id}`}>{n.nominee.name}</Link> · {labels?.awards[n.awardCode]?.vi}{' '}
                    · gửi {formatDate(n.submittedAt)} · {n.statusLabel.vi}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </Card>
      <AdminHistoryPicker />
    </section>
  );
}
