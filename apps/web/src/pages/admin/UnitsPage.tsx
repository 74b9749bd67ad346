import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Grid, Input, Space, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitView } from '@vinhdanh/api';
import { api, call, errorText } from '../../api/client';
import { formatDate, formatNumber } from '../../lib/format';
import { unitTreeOptions, type TreeOption } from '../../lib/reports';
import { useLabels, useUnits } from '../../lib/session';
import { DownloadListButton } from '../../reports/download';
import { CreateUnitDrawer, UnitChanges } from './UnitEditor';

/** The tree's nodes whose name (or a descendant's) contains `term`, ignoring case and diacritics. */
export function filterTree(nodes: readonly TreeOption[], term: string): TreeOption[] {
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const wanted = fold(term.trim());
  if (!wanted) return [...nodes];
  return nodes.flatMap((n) => {
    const children = filterTree(n.children, term);
    return fold(n.title).includes(wanted) || children.length > 0 ? [{ ...n, children }] : [];
  });
}

function allKeys(nodes: readonly TreeOption[]): string[] {
  return nodes.flatMap((n) => [n.value, ...allKeys(n.children)]);
}

/** One unit's facts (level, code, members, parents over time), then renaming and dissolving it. */
function UnitDetails({ id }: { id: string }) {
  const labels = useLabels().data;
  const unit = useQuery({
    queryKey: ['admin-unit', id],
    queryFn: () => call<UnitView>(api.GET('/api/admin/units/{id}', { params: { path: { id } } })),
  });
  if (unit.error) return <Alert type="error" showIcon title={errorText(unit.error)} />;
  if (!unit.data) return <p aria-live="polite">Đang tải…</p>;
  const u = unit.data;
  return (
    <div data-testid="unit-panel">
      <Typography.Title level={2} className="unit-title">
        {u.name}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="Cấp">{labels?.levels[u.level]?.vi}</Descriptions.Item>
        <Descriptions.Item label="Mã đơn vị">{u.code}</Descriptions.Item>
        <Descriptions.Item label="Số đoàn viên">{formatNumber(u.memberCount)}</Descriptions.Item>
        {u.dissolvedOn && <Descriptions.Item label="Giải thể từ">{formatDate(u.dissolvedOn)}</Descriptions.Item>}
        <Descriptions.Item label="Trực thuộc">
          {u.parents.length === 0
            ? 'Cấp cao nhất'
            : u.parents.map((p) => (
                <div key={`${p.parentId}|${p.validFrom}`}>
                  {p.parentName} (từ {formatDate(p.validFrom)}
                  {p.validTo ? ` đến ${formatDate(p.validTo)}` : ''})
                </div>
              ))}
        </Descriptions.Item>
      </Descriptions>
      <UnitChanges key={u.id} unit={u} />
    </div>
  );
}

/** Đơn vị: the organisation as a tree (searchable), and the chosen unit's facts beside it. */
export function UnitsPage() {
  const units = useUnits();
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const phone = !Grid.useBreakpoint().md;
  const nodes = useMemo(() => unitTreeOptions(units.data?.roots ?? []), [units.data]);
  const shown = useMemo(() => filterTree(nodes, term), [nodes, term]);
  const treeData = useMemo(() => {
    interface Node {
      key: string;
      title: string;
      children: Node[];
    }
    const toTree = (n: TreeOption): Node => ({
      key: n.value,
      title: n.title,
      children: n.children.map(toTree),
    });
    return shown.map(toTree);
  }, [shown]);
  return (
    <section aria-labelledby="units-title">
      <Typography.Title level={1} id="units-title">
        Đơn vị
      </Typography.Title>
      <Space className="section no-print" wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          Thành lập đơn vị
        </Button>
        <DownloadListButton url="/api/reports/exports/units?format=xlsx" />
      </Space>
      {units.error && <Alert type="error" showIcon title={errorText(units.error)} />}
      <div className={phone ? '' : 'two-columns'}>
        <Card title="Cây tổ chức" className="section">
          <Input.Search
            placeholder="Tìm đơn vị theo tên"
            aria-label="Tìm đơn vị"
            allowClear
            onChange={(e) => setTerm(e.target.value)}
            className="section"
          />
          <Tree
            key={term === '' ? 'all' : 'found'}
            treeData={treeData}
            defaultExpandedKeys={term === '' ? units.data?.roots.map((r) => r.id) : allKeys(shown)}
            onSelect={(keys) => setChosen(keys[0] as string | undefined)}
            selectedKeys={chosen ? [chosen] : []}
            aria-label="Cây tổ chức"
          />
          {term !== '' && shown.length === 0 && <p>Không có đơn vị nào khớp.</p>}
        </Card>
        <Card title="Thông tin đơn vị" className="section">
          {chosen ? <UnitDetails id={chosen} /> : <p>Chọn một đơn vị trên cây để xem.</p>}
        </Card>
      </div>
      <CreateUnitDrawer
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) setChosen(created.id);
        }}
      />
    </section>
  );
}
