import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { BlocView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { uploadAttachment } from '../lib/upload';
import { formatDate, formatDateTime } from '../lib/format';
import type { ChartOption } from '../lib/reports';
import { Chart } from '../reports/Chart';
import { CovenantTable } from './CovenantTable';

type Year = BlocView['years'][number];
type Score = Year['scores'][number];

const points = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

const STAGE_VI: Record<string, string> = {
  covenant: 'ký giao ước',
  self_score: 'tự chấm điểm',
  cross_score: 'chấm chéo',
  review: 'rà soát kết quả',
  meeting: 'họp khối, suy tôn',
};

/** The ranking as grouped bars: each unit's self total beside the mean of the others' cross-scores. */
export function blocRankingOption(scores: readonly Score[]): ChartOption {
  const shown = [...scores].reverse();
  return {
    color: ['#1677ff', '#fa8c16'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0 },
    yAxis: { type: 'category', data: shown.map((s) => s.unitName), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      { name: 'Tự chấm', type: 'bar', barMaxWidth: 24, data: shown.map((s) => s.selfTotal) },
      { name: 'Chấm chéo (trung bình)', type: 'bar', barMaxWidth: 24, data: shown.map((s) => s.crossTotal) },
    ],
  };
}

/**
 * One bloc year: where the workflow stands (deadlines, reminders, misses), the ranking (chart and
 * table, self against cross), the score sheet (self or cross, with evidence), and the meeting's ballot.
 */
export function BlocYearPage() {
  const { id = '', year = '' } = useParams();
  const bloc = useQuery({
    queryKey: ['bloc', id],
    queryFn: () => call<BlocView>(api.GET('/api/blocs/{id}', { params: { path: { id } } })),
  });
  const y = bloc.data?.years.find((x) => String(x.year) === year);
  // The API says what the caller may do: the forms offer only the units the caller acts for.
  const allowed = bloc.data?.allowedActions;
  const actFor = allowed?.actForUnitIds ?? [];
  return (
    <section aria-labelledby="bloc-year-title">
      <Typography.Title level={1} id="bloc-year-title">
        {bloc.data ? `${bloc.data.name} – năm ${year}` : `Năm thi đua ${year}`}
      </Typography.Title>
      <Link to="/blocs">← Danh sách khối thi đua</Link>
      {bloc.error && <Alert type="error" showIcon title={errorText(bloc.error)} />}
      {bloc.data && !y && <Alert type="warning" showIcon title={`Khối chưa có năm thi đua ${year}.`} />}
      {bloc.data && y && (
        <Space orientation="vertical" size="large" style={{ width: '100%', marginTop: 16 }}>
          <YearProgress y={y} />
          {y.covenants.length > 0 && (
            <Card title="Đăng ký và ký giao ước thi đua">
              <CovenantTable year={y} />
            </Card>
          )}
          <Ranking y={y} />
          {y.phase === 'scoring' && actFor.length > 0 && <ScoreSheet blocId={id} y={y} actFor={actFor} />}
          {y.phase === 'reviewed' && (allowed?.organise || actFor.includes(y.head?.unitId ?? '')) && (
            <Ballot blocId={id} y={y} />
          )}
        </Space>
      )}
    </section>
  );
}

function YearProgress({ y }: { y: Year }) {
  const round = y.round === 'self' ? 'Vòng tự chấm điểm' : y.round === 'cross' ? 'Vòng chấm chéo' : null;
  return (
    <Card title="Tiến độ năm thi đua">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="Giai đoạn">
          {y.phaseLabel.vi}
          {round && y.phase === 'scoring' ? ` – ${round}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Hạn ký giao ước">{formatDate(y.covenantDeadline)}</Descriptions.Item>
        {y.schedule && (
          <>
            <Descriptions.Item label="Hạn tự chấm điểm">{formatDate(y.schedule.selfScoreDeadline)}</Descriptions.Item>
            <Descriptions.Item label="Hạn chấm chéo">{formatDate(y.schedule.crossScoreDeadline)}</Descriptions.Item>
            <Descriptions.Item label="Hạn rà soát">{formatDate(y.schedule.reviewDeadline)}</Descriptions.Item>
            <Descriptions.Item label="Hạn họp khối">{formatDate(y.schedule.meetingDeadline)}</Descriptions.Item>
          </>
        )}
      </Descriptions>
      {y.missed.map((m) => (
        <Alert
          key={`${m.stage}-${m.dueAt}`}
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={`Quá hạn ${STAGE_VI[m.stage] ?? m.stage} (${formatDateTime(m.dueAt)}): ${m.unitNames.join(', ')} — đã báo đơn vị tổ chức khối.`}
        />
      ))}
      {y.reminders.map((r) => (
        <Typography.Paragraph key={`${r.stage}-${r.dueAt}`} type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Đã nhắc hạn {STAGE_VI[r.stage] ?? r.stage}: {r.unitNames.join(', ')}.
        </Typography.Paragraph>
      ))}
      {y.proposal && (
        <Alert
          type={y.proposal.nominationId ? 'success' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          title={`Đề nghị tặng Cờ thi đua cho ${y.proposal.unitName ?? ''}`}
          description={
            y.proposal.nominationId ? (
              <>
                Hồ sơ đề nghị đã vào quy trình xét duyệt, kèm biên bản họp khối.{' '}
                <Link to={`/nominations/${y.proposal.nominationId}`}>Xem hồ sơ đề nghị</Link>
              </>
            ) : (
              y.proposal.notStartedReason
            )
          }
        />
      )}
    </Card>
  );
}

function Ranking({ y }: { y: Year }) {
  const columns: TableColumnsType<Score> = [
    { title: 'Hạng', dataIndex: 'rank', width: 70 },
    { title: 'Đơn vị', dataIndex: 'unitName' },
    { title: 'Tự chấm', dataIndex: 'selfTotal', render: points },
    { title: 'Chấm chéo', dataIndex: 'crossTotal', render: points },
    // A phone keeps rank, unit, self and cross; the gap and the evidence count wait for a wider screen.
    {
      title: 'Chênh lệch',
      responsive: ['md'],
      render: (_, s) =>
        s.selfTotal !== null && s.crossTotal !== null ? (
          <Tag color={s.selfTotal - s.crossTotal > (y.maxTotal ?? 100) * 0.1 ? 'red' : 'default'}>
            {points(s.selfTotal - s.crossTotal)}
          </Tag>
        ) : (
          '—'
        ),
    },
    { title: 'Minh chứng', responsive: ['md'], render: (_, s) => `${s.evidenceAttachmentIds.length} tệp` },
  ];
  return (
    <Card title="Xếp hạng: tự chấm so với chấm chéo">
      {y.scores.length > 0 && (
        <Chart
          option={blocRankingOption(y.scores)}
          label={`Biểu đồ điểm tự chấm và chấm chéo của ${y.scores.length} đơn vị`}
        />
      )}
      <Table<Score>
        rowKey="unitId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={y.scores}
        expandable={{
          rowExpandable: (s) => s.byCriterion.length > 0,
          expandedRowRender: (s) => (
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={s.byCriterion.map((c) => ({
                ...c,
                title: y.criteria.find((k) => k.code === c.code)?.titleVi ?? c.code,
              }))}
              columns={[
                { title: 'Tiêu chí', dataIndex: 'title' },
                { title: 'Tự chấm', dataIndex: 'self', render: points },
                { title: 'Chấm chéo', dataIndex: 'cross', render: points },
              ]}
            />
          ),
        }}
      />
    </Card>
  );
}

interface SheetForm {
  kind: 'self' | 'cross';
  scorerUnitId?: string;
  scoredUnitId?: string;
  points: Record<string, number | null>;
}

/** Biểu chấm điểm: self (with evidence) in the self round, cross in the cross round (both in older years). */
export function ScoreSheet({ blocId, y, actFor }: { blocId: string; y: Year; actFor: readonly string[] }) {
  const [form] = Form.useForm<SheetForm>();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [evidence, setEvidence] = useState<{ id: string; fileName: string }[]>([]);
  const kinds = y.round === 'self' ? ['self'] : y.round === 'cross' ? ['cross'] : ['self', 'cross'];
  const kind = Form.useWatch('kind', form) ?? kinds[0];
  const scorer = Form.useWatch('scorerUnitId', form);
  const signed = y.covenants.filter((c) => c.status === 'signed');
  const submit = useMutation({
    mutationFn: (v: SheetForm) => {
      const pts = Object.fromEntries(Object.entries(v.points ?? {}).filter(([, p]) => p !== null && p !== undefined));
      const path = { id: blocId, year: y.year } as never;
      const header = { 'Idempotency-Key': newIdempotencyKey() } as never;
      return v.kind === 'self'
        ? call<BlocView>(
            api.POST('/api/blocs/{id}/years/{year}/self-scores', {
              params: { path, header },
              body: { unitId: v.scorerUnitId, points: pts, evidenceAttachmentIds: evidence.map((e) => e.id) } as never,
            }),
          )
        : call<BlocView>(
            api.POST('/api/blocs/{id}/years/{year}/cross-scores', {
              params: { path, header },
              body: { scorerUnitId: v.scorerUnitId, scoredUnitId: v.scoredUnitId, points: pts } as never,
            }),
          );
    },
    onSuccess: () => {
      void message.success('Đã ghi biểu chấm điểm.');
      setEvidence([]);
      form.resetFields(['points', 'scoredUnitId']);
      void queryClient.invalidateQueries({ queryKey: ['bloc', blocId] });
    },
  });
  return (
    <Card title="Biểu chấm điểm">
      <Typography.Paragraph type="secondary">{y.criteriaSource}</Typography.Paragraph>
      {submit.error && <Alert type="error" showIcon title={errorText(submit.error)} style={{ marginBottom: 12 }} />}
      <Form<SheetForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: kinds[0] }}
        onFinish={(v) => submit.mutate({ ...v, kind: v.kind ?? (kinds[0] as SheetForm['kind']) })}
      >
        <Form.Item name="kind" label="Loại biểu">
          <Radio.Group
            options={kinds.map((k) => ({ value: k, label: k === 'self' ? 'Tự chấm điểm' : 'Chấm chéo đơn vị khác' }))}
          />
        </Form.Item>
        <Form.Item
          name="scorerUnitId"
          label={kind === 'self' ? 'Đơn vị tự chấm' : 'Đơn vị chấm'}
          rules={[{ required: true, message: 'Chọn đơn vị chấm điểm.' }]}
        >
          <Select
            aria-label={kind === 'self' ? 'Đơn vị tự chấm' : 'Đơn vị chấm'}
            options={signed
              .filter((c) => actFor.includes(c.unitId))
              .map((c) => ({ value: c.unitId, label: c.unitName }))}
          />
        </Form.Item>
        {kind === 'cross' && (
          <Form.Item
            name="scoredUnitId"
            label="Đơn vị được chấm"
            rules={[{ required: true, message: 'Chọn đơn vị được chấm.' }]}
          >
            <Select
              aria-label="Đơn vị được chấm"
              options={signed.filter((c) => c.unitId !== scorer).map((c) => ({ value: c.unitId, label: c.unitName }))}
            />
          </Form.Item>
        )}
        {y.criteria.map((c) => (
          // No max on the input: a clamp would silently change what was typed; the API refuses an
          // out-of-range score naming the scale and its source.
          <Form.Item
            key={c.code}
            name={['points', c.code]}
            label={`${c.titleVi} (0–${c.maxPoints} điểm)`}
            rules={[{ required: true, message: `Chấm tiêu chí "${c.titleVi}".` }]}
          >
            <InputNumber aria-label={c.titleVi} min={0} step={0.5} style={{ width: 160 }} />
          </Form.Item>
        ))}
        {kind === 'self' && (
          <Form.Item label="Minh chứng">
            <Upload
              aria-label="Tệp minh chứng"
              multiple
              showUploadList={false}
              customRequest={({ file, onSuccess, onError }) => {
                uploadAttachment(file as File).then(
                  (stored) => {
                    setEvidence((e) => [...e, stored]);
                    onSuccess?.(stored);
                  },
                  (err: Error) => {
                    void message.error(errorText(err));
                    onError?.(err);
                  },
                );
              }}
            >
              <Button>Tải lên minh chứng</Button>
            </Upload>
            <ul aria-label="Minh chứng đã tải lên">
              {evidence.map((e) => (
                <li key={e.id}>{e.fileName}</li>
              ))}
            </ul>
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          Ghi biểu chấm điểm
        </Button>
      </Form>
    </Card>
  );
}

interface BallotForm {
  heldOn: string;
  presentUnitIds: string[];
  ballotsCast: number;
  votes: Record<string, number | null>;
}

/** The year-end meeting: attendance, ballots handed out, and each unit's votes (suy tôn). */
export function Ballot({ blocId, y }: { blocId: string; y: Year }) {
  const [form] = Form.useForm<BallotForm>();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const candidates = y.covenants.filter((c) => c.status === 'signed');
  const submit = useMutation({
    mutationFn: (v: BallotForm) =>
      call<BlocView>(
        api.POST('/api/blocs/{id}/years/{year}/ballot', {
          params: {
            path: { id: blocId, year: y.year } as never,
            header: { 'Idempotency-Key': newIdempotencyKey() } as never,
          },
          body: {
            heldOn: v.heldOn,
            presentUnitIds: v.presentUnitIds ?? [],
            ballotsCast: v.ballotsCast,
            votes: Object.fromEntries(Object.entries(v.votes ?? {}).filter(([, n]) => n !== null && n !== undefined)),
          } as never,
        }),
      ),
    onSuccess: () => {
      void message.success('Đã ghi kết quả kiểm phiếu.');
      void queryClient.invalidateQueries({ queryKey: ['bloc', blocId] });
    },
  });
  return (
    <Card title="Họp khối và bỏ phiếu suy tôn">
      {submit.error && <Alert type="error" showIcon title={errorText(submit.error)} style={{ marginBottom: 12 }} />}
      <Form<BallotForm> form={form} layout="vertical" onFinish={(v) => submit.mutate(v)}>
        <Form.Item name="heldOn" label="Ngày họp" rules={[{ required: true, message: 'Nhập ngày họp.' }]}>
          <Input type="date" aria-label="Ngày họp" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="presentUnitIds" label="Đơn vị có mặt">
          <Checkbox.Group options={candidates.map((c) => ({ value: c.unitId, label: c.unitName }))} />
        </Form.Item>
        <Form.Item name="ballotsCast" label="Số phiếu phát ra" rules={[{ required: true, message: 'Nhập số phiếu.' }]}>
          <InputNumber aria-label="Số phiếu phát ra" min={0} />
        </Form.Item>
        {candidates.map((c) => (
          <Form.Item key={c.unitId} name={['votes', c.unitId]} label={`Số phiếu suy tôn ${c.unitName}`}>
            <InputNumber aria-label={`Số phiếu suy tôn ${c.unitName}`} min={0} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          Ghi kết quả kiểm phiếu
        </Button>
      </Form>
    </Card>
  );
}
