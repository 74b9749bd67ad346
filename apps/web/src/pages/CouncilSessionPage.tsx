import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CouncilSessionSummary, CouncilSessionView } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import { formatDate, formatDateTime } from '../lib/format';
import { MEMBER_ROLE_NAMES, OUTCOME_NAMES, SESSION_STATUS_NAMES } from '../lib/round';
import { can, useLabels, useMe } from '../lib/session';
import { DownloadListButton } from '../reports/download';
import { ConveneCouncilSession } from './ConveneCouncilSession';
import { DocumentList } from './SubmissionBatchesPage';

type Round = CouncilSessionView['rounds'][number];
type Ranked = NonNullable<CouncilSessionView['ranking']>['ranked'][number];

/** One candidate's ballot as the secretary types it. */
export interface BallotInput {
  nominationId: string;
  votesFor?: number;
  votesAgainst?: number;
  writtenFor?: number;
  writtenAgainst?: number;
  invalid?: number;
}

/**
 * What does not add up in a typed ballot, said as the minutes would (the server checks again):
 * the room's votes must equal those present, written votes cannot outnumber the absent.
 */
export function ballotProblem(b: BallotInput, present: number, membersTotal: number): string | null {
  const room = (b.votesFor ?? 0) + (b.votesAgainst ?? 0) + (b.invalid ?? 0);
  if (room !== present) return `Số phiếu tại phiên (${room}) khác số thành viên có mặt (${present}).`;
  const written = (b.writtenFor ?? 0) + (b.writtenAgainst ?? 0);
  if (written > membersTotal - present)
    return `Phiếu bằng văn bản (${written}) nhiều hơn số vắng mặt (${membersTotal - present}).`;
  return null;
}

/** The candidates the next round votes on: all in the first, those not yet passed in a re-vote. */
export function nextRoundCandidates(s: CouncilSessionView): string[] {
  const passed = new Set<string>();
  for (const r of s.rounds) for (const b of r.ballots) if (b.passed) passed.add(b.nominationId);
  return s.convened.candidates.map((c) => c.nominationId).filter((id) => s.rounds.length === 0 || !passed.has(id));
}

function useSession(id: string) {
  return useQuery({
    queryKey: ['council-session', id],
    queryFn: () => call<CouncilSessionView>(api.GET('/api/council-sessions/{id}', { params: { path: { id } } })),
  });
}

/** Runs one command of the session and shows its answer (the session as it stands after it). */
function useSessionCommand<T>(id: string, send: (body: T, key: string) => Promise<CouncilSessionView>) {
  const queryClient = useQueryClient();
  const [key, setKey] = useState(newIdempotencyKey);
  return useMutation({
    mutationFn: (body: T) => send(body, key),
    onSuccess: (view) => {
      queryClient.setQueryData(['council-session', id], view);
      setKey(newIdempotencyKey());
    },
    // A refused command wrote nothing: the corrected one is a new request.
    onError: () => setKey(newIdempotencyKey()),
  });
}

/** Các phiên họp Hội đồng TĐKT of the user's units. */
export function CouncilSessionsPage() {
  const labels = useLabels().data;
  const me = useMe().data;
  const navigate = useNavigate();
  const [convening, setConvening] = useState(false);
  const sessions = useQuery({
    queryKey: ['council-sessions'],
    queryFn: () => call<CouncilSessionSummary[]>(api.GET('/api/council-sessions')),
  });
  const columns: TableColumnsType<CouncilSessionSummary> = [
    {
      title: 'Phiên họp',
      dataIndex: 'title',
      render: (t: string, s) => <Link to={`/council-sessions/${s.id}`}>{t}</Link>,
    },
    { title: 'Hội đồng của', dataIndex: ['councilUnit', 'name'], responsive: ['md'] },
    {
      title: 'Hình thức',
      dataIndex: 'awardCode',
      render: (c: string) => labels?.awards[c]?.vi ?? '',
      responsive: ['md'],
    },
    { title: 'Số đề nghị', dataIndex: 'candidates', align: 'right' },
    { title: 'Tình trạng', dataIndex: 'status', render: (s: string) => <Tag>{SESSION_STATUS_NAMES[s] ?? s}</Tag> },
    { title: 'Triệu tập', dataIndex: 'convenedAt', render: (v: string) => formatDateTime(v), responsive: ['md'] },
  ];
  return (
    <section aria-labelledby="sessions-title">
      <Typography.Title level={1} id="sessions-title">
        Phiên họp Hội đồng Thi đua – Khen thưởng
      </Typography.Title>
      <Space className="section no-print" wrap>
        <DownloadListButton url="/api/reports/exports/council-sessions?format=xlsx" />
      </Space>
      {can(me, 'councilSession.run') &&
        (convening ? (
          <ConveneCouncilSession onDone={(id) => void navigate(`/council-sessions/${id}`)} />
        ) : (
          <Button type="primary" className="section no-print" onClick={() => setConvening(true)}>
            Triệu tập phiên họp
          </Button>
        ))}
      {sessions.error && <Alert type="error" showIcon title={errorText(sessions.error)} />}
      <Table<CouncilSessionSummary>
        rowKey="id"
        size="middle"
        loading={sessions.isPending}
        columns={columns}
        dataSource={sessions.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có phiên họp nào.' }}
        caption={<span className="sr-only">Danh sách phiên họp</span>}
      />
    </section>
  );
}

/** Roster with attendance; opening (or resuming) with those present, adjourning with a reason. */
function RosterCard({ s, mayAct }: { s: CouncilSessionView; mayAct: boolean }) {
  const [present, setPresent] = useState<string[]>(s.present);
  const [reason, setReason] = useState('');
  const open = useSessionCommand(s.id, (body: { present: string[] }, key) =>
    call(
      api.POST('/api/council-sessions/{id}/open', {
        params: { path: { id: s.id }, header: { 'Idempotency-Key': key } },
        body: body as never,
      }),
    ),
  );
  const adjourn = useSessionCommand(s.id, (body: { reason: string }, key) =>
    call(
      api.POST('/api/council-sessions/{id}/adjourn', {
        params: { path: { id: s.id }, header: { 'Idempotency-Key': key } },
        body: body as never,
      }),
    ),
  );
  const canOpen = mayAct && (s.status === 'convened' || s.status === 'adjourned');
  const members = s.convened.members;
  return (
    <Card title="Thành phần Hội đồng và điểm danh" className="section">
      <p aria-live="polite">
        {s.status === 'convened'
          ? `Cần ít nhất ${s.quorum}/${members.length} thành viên có mặt để phiên họp hợp lệ.`
          : `Có mặt ${s.present.length}/${members.length} thành viên (cần ít nhất ${s.quorum}).`}
      </p>
      <Table
        rowKey="memberId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={members}
        caption={<span className="sr-only">Thành viên Hội đồng</span>}
        columns={[
          { title: 'Họ và tên', dataIndex: 'name' },
          { title: 'Chức vụ', dataIndex: 'position', responsive: ['md'] },
          { title: 'Vai trò', dataIndex: 'role', render: (r: string) => MEMBER_ROLE_NAMES[r] ?? r },
          {
            title: 'Có mặt',
            dataIndex: 'memberId',
            render: (memberId: string, m) =>
              canOpen ? (
                <Checkbox
                  checked={present.includes(memberId)}
                  onChange={(e) =>
                    setPresent((p) => (e.target.checked ? [...p, memberId] : p.filter((x) => x !== memberId)))
                  }
                  aria-label={`${m.name} có mặt`}
                />
              ) : s.present.includes(memberId) ? (
                <Tag color="green">Có mặt</Tag>
              ) : (
                <Tag>Vắng</Tag>
              ),
          },
        ]}
      />
      {canOpen && (
        <Space wrap className="section">
          <Button type="primary" loading={open.isPending} onClick={() => open.mutate({ present })}>
            {s.status === 'adjourned' ? 'Họp tiếp' : 'Khai mạc phiên họp'}
          </Button>
        </Space>
      )}
      {mayAct && s.status === 'open' && (
        <Space wrap className="section" align="end">
          <Form.Item label="Lý do tạm dừng" htmlFor="adjourn-reason" style={{ marginBottom: 0 }}>
            <Input id="adjourn-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
          <Button
            disabled={!reason.trim()}
            loading={adjourn.isPending}
            onClick={() => adjourn.mutate({ reason: reason.trim() })}
          >
            Tạm dừng phiên họp
          </Button>
        </Space>
      )}
      {s.adjournments.length > 0 && (
        <p>
          Đã tạm dừng {s.adjournments.length} lần: {s.adjournments.join('; ')}.
        </p>
      )}
      {(open.error ?? adjourn.error) && (
        <Alert type="error" showIcon role="alert" title={errorText(open.error ?? adjourn.error)} />
      )}
    </Card>
  );
}

/** The ballot of the next round: one line per candidate, checked as it is typed. */
function BallotForm({ s, names }: { s: CouncilSessionView; names: Map<string, string> }) {
  const ids = nextRoundCandidates(s);
  const [ballots, setBallots] = useState<BallotInput[]>(() => ids.map((nominationId) => ({ nominationId })));
  const tally = useSessionCommand(s.id, (body: { ballots: BallotInput[] }, key) =>
    call(
      api.POST('/api/council-sessions/{id}/ballots', {
        params: { path: { id: s.id }, header: { 'Idempotency-Key': key } },
        body: body as never,
      }),
    ),
  );
  const membersTotal = s.convened.members.length;
  const present = s.present.length;
  const problems = ballots.map((b) => ballotProblem(b, present, membersTotal));
  const set = (i: number, field: keyof BallotInput, value: number | null) =>
    setBallots((all) => all.map((b, j) => (j === i ? { ...b, [field]: value ?? undefined } : b)));
  const number = (i: number, field: keyof BallotInput, label: string) => (
    <InputNumber
      min={0}
      max={membersTotal}
      controls={false}
      value={ballots[i]?.[field] as number | undefined}
      onChange={(v) => set(i, field, v)}
      aria-label={`${label} — ${names.get(ballots[i]?.nominationId ?? '') ?? ''}`}
      style={{ width: 72 }}
    />
  );
  return (
    <Card title={`Kiểm phiếu vòng ${s.rounds.length + 1}`} className="section">
      <p>
        Có mặt {present}/{membersTotal}; mỗi đề nghị cần ít nhất {s.required} phiếu đồng ý trên tổng số {membersTotal}{' '}
        thành viên (kể cả phiếu bằng văn bản của người vắng mặt).
      </p>
      <Table
        rowKey="nominationId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={ballots.map((b, i) => ({ ...b, i }))}
        caption={<span className="sr-only">Phiếu bầu từng đề nghị</span>}
        columns={[
          { title: 'Đề nghị', dataIndex: 'nominationId', render: (id: string) => names.get(id) ?? '' },
          { title: 'Đồng ý', dataIndex: 'i', render: (i: number) => number(i, 'votesFor', 'Đồng ý') },
          {
            title: 'Không đồng ý',
            dataIndex: 'i',
            key: 'against',
            render: (i: number) => number(i, 'votesAgainst', 'Không đồng ý'),
          },
          {
            title: 'Không hợp lệ',
            dataIndex: 'i',
            key: 'invalid',
            render: (i: number) => number(i, 'invalid', 'Không hợp lệ'),
          },
          {
            title: 'Văn bản: đồng ý',
            dataIndex: 'i',
            key: 'wfor',
            render: (i: number) => number(i, 'writtenFor', 'Văn bản đồng ý'),
          },
          {
            title: 'Văn bản: không đồng ý',
            dataIndex: 'i',
            key: 'wagainst',
            render: (i: number) => number(i, 'writtenAgainst', 'Văn bản không đồng ý'),
          },
          {
            title: 'Kiểm tra',
            dataIndex: 'i',
            key: 'check',
            render: (i: number) =>
              problems[i] ? <span className="ballot-problem">{problems[i]}</span> : <Tag color="green">Khớp</Tag>,
          },
        ]}
      />
      {tally.error && <Alert type="error" showIcon role="alert" title={errorText(tally.error)} />}
      <Button
        type="primary"
        className="section"
        disabled={problems.some((p) => p !== null)}
        loading={tally.isPending}
        onClick={() =>
          tally.mutate({
            ballots: ballots.map((b) => ({
              nominationId: b.nominationId,
              votesFor: b.votesFor ?? 0,
              votesAgainst: b.votesAgainst ?? 0,
              writtenFor: b.writtenFor ?? 0,
              writtenAgainst: b.writtenAgainst ?? 0,
              invalid: b.invalid ?? 0,
            })),
          })
        }
      >
        Ghi kết quả kiểm phiếu
      </Button>
    </Card>
  );
}

function RoundCard({ round, names }: { round: Round; names: Map<string, string> }) {
  return (
    <Card title={`Kết quả kiểm phiếu vòng ${round.round}`} className="section" size="small">
      <p>
        Có mặt {round.present}/{round.membersTotal}; cần {round.required} phiếu đồng ý.
      </p>
      <Table
        rowKey="nominationId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={round.ballots}
        caption={<span className="sr-only">Kết quả vòng {round.round}</span>}
        columns={[
          { title: 'Đề nghị', dataIndex: 'nominationId', render: (id: string) => names.get(id) ?? '' },
          { title: 'Đồng ý tại phiên', dataIndex: 'votesFor', align: 'right' },
          { title: 'Đồng ý bằng văn bản', dataIndex: 'writtenFor', align: 'right' },
          {
            title: 'Tổng đồng ý',
            dataIndex: 'votesForTotal',
            align: 'right',
            render: (n: number) => `${n}/${round.membersTotal}`,
          },
          {
            title: 'Kết quả',
            dataIndex: 'passed',
            render: (p: boolean) => (p ? <Tag color="green">Đạt</Tag> : <Tag color="red">Không đạt</Tag>),
          },
        ]}
      />
    </Card>
  );
}

/** Candidates ranked into the quota; the chair's choice when equal votes remain at the last slot. */
function RankingCard({ s, mayAct }: { s: CouncilSessionView; mayAct: boolean }) {
  const ranking = s.ranking;
  const names = new Map(s.convened.candidates.map((c) => [c.nominationId, c.name]));
  const [chosen, setChosen] = useState<string[]>([]);
  const tieBreak = useSessionCommand(s.id, (body: { chosen: string[] }, key) =>
    call(
      api.POST('/api/council-sessions/{id}/tie-break', {
        params: { path: { id: s.id }, header: { 'Idempotency-Key': key } },
        body: body as never,
      }),
    ),
  );
  if (!ranking) return null;
  const columns: TableColumnsType<Ranked> = [
    { title: 'Thứ hạng', dataIndex: 'rank', render: (r: number | null) => r ?? '—', align: 'right', width: 90 },
    { title: 'Đề nghị', dataIndex: 'name' },
    { title: 'Phiếu đồng ý', dataIndex: 'votesFor', align: 'right' },
    {
      title: 'Kết quả',
      dataIndex: 'selected',
      render: (sel: boolean, r) =>
        sel ? (
          <Tag color="green">Trong số suất</Tag>
        ) : r.passed ? (
          <Tag color="orange">Đạt, ngoài số suất</Tag>
        ) : (
          <Tag color="red">Không đạt</Tag>
        ),
    },
    { title: 'Ghi chú', dataIndex: 'note' },
  ];
  return (
    <Card title={`Xếp hạng vào ${s.convened.slots} suất`} className="section">
      <Table<Ranked>
        rowKey="nominationId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={ranking.ranked}
        caption={<span className="sr-only">Xếp hạng các đề nghị</span>}
      />
      {ranking.chairMustChoose.length > 0 && (
        <div className="section" role="group" aria-labelledby="tie-title">
          <Typography.Title level={3} id="tie-title">
            Bằng phiếu ở suất cuối: Chủ tịch Hội đồng quyết định
          </Typography.Title>
          {mayAct ? (
            <>
              <Checkbox.Group
                value={chosen}
                onChange={(v) => setChosen(v as string[])}
                options={ranking.chairMustChoose.map((id) => ({ value: id, label: names.get(id) ?? '' }))}
              />
              <div>
                <Button
                  className="section"
                  disabled={chosen.length === 0}
                  loading={tieBreak.isPending}
                  onClick={() => tieBreak.mutate({ chosen })}
                >
                  Ghi quyết định của Chủ tịch
                </Button>
              </div>
            </>
          ) : (
            <p>{ranking.chairMustChoose.map((id) => names.get(id)).join(', ')}</p>
          )}
          {tieBreak.error && <Alert type="error" showIcon role="alert" title={errorText(tieBreak.error)} />}
        </div>
      )}
    </Card>
  );
}

/** Concluding (results sent to each nomination's vote step) and the biên bản. */
function ConclusionCard({ s, mayAct }: { s: CouncilSessionView; mayAct: boolean }) {
  const names = new Map(s.convened.candidates.map((c) => [c.nominationId, c.name]));
  const [minutesNumber, setMinutesNumber] = useState('');
  const conclude = useSessionCommand(s.id, (body: { minutesNumber: string }, key) =>
    call(
      api.POST('/api/council-sessions/{id}/conclusion', {
        params: { path: { id: s.id }, header: { 'Idempotency-Key': key } },
        body: body as never,
      }),
    ),
  );
  const bienBan = useSessionCommand(
    s.id,
    (body: { place: string; location: string; startedAt: string; endedAt: string }, key) =>
      call(
        api.POST('/api/council-sessions/{id}/bien-ban', {
          params: { path: { id: s.id }, header: { 'Idempotency-Key': key } },
          body: body as never,
        }),
      ),
  );
  const canConclude = mayAct && s.status === 'open' && s.ranking !== null && s.ranking.chairMustChoose.length === 0;
  const deliveries = new Map((s.deliveries ?? []).map((d) => [d.nominationId, d]));
  return (
    <Card title="Kết quả phiên họp và biên bản" className="section">
      {canConclude && (
        <Space wrap align="end" className="section">
          <Form.Item
            label="Số biên bản"
            htmlFor="minutes-number"
            style={{ marginBottom: 0 }}
            extra="Ví dụ: 07/BB-HĐTĐKT"
          >
            <Input id="minutes-number" value={minutesNumber} onChange={(e) => setMinutesNumber(e.target.value)} />
          </Form.Item>
          <Button
            type="primary"
            disabled={!minutesNumber.trim()}
            loading={conclude.isPending}
            onClick={() => conclude.mutate({ minutesNumber: minutesNumber.trim() })}
          >
            Kết thúc phiên họp
          </Button>
        </Space>
      )}
      {conclude.error && <Alert type="error" showIcon role="alert" title={errorText(conclude.error)} />}
      {s.concluded ? (
        <>
          <p>Biên bản số {s.concluded.minutesNumber}.</p>
          <Table
            rowKey="nominationId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.concluded.results}
            caption={<span className="sr-only">Kết quả từng đề nghị</span>}
            columns={[
              { title: 'Đề nghị', dataIndex: 'nominationId', render: (id: string) => names.get(id) ?? '' },
              {
                title: 'Phiếu đồng ý',
                dataIndex: 'votesForTotal',
                align: 'right',
                render: (n: number, r) => `${n} (cần ${r.required})`,
              },
              {
                title: 'Kết quả',
                dataIndex: 'outcome',
                render: (o: string) => (
                  <Tag color={o === 'selected' ? 'green' : o === 'failed' ? 'red' : 'orange'}>
                    {OUTCOME_NAMES[o] ?? o}
                  </Tag>
                ),
              },
              ...(s.deliveries
                ? [
                    {
                      title: 'Gửi về hồ sơ',
                      dataIndex: 'nominationId',
                      key: 'delivery',
                      render: (id: string) => {
                        const d = deliveries.get(id);
                        if (!d) return '—';
                        if (d.delivered) return <Tag color="green">Đã ghi vào hồ sơ</Tag>;
                        return d.problem ? d.problem.detail : 'Chờ Chủ tịch quyết định';
                      },
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={3}>Biên bản họp, kiểm phiếu</Typography.Title>
          <DocumentList
            documents={s.documents}
            pathOf={(documentId) => `/api/council-sessions/${s.id}/documents/${documentId}`}
          />
          {mayAct && (
            <Form
              layout="vertical"
              aria-label="Lập biên bản"
              onFinish={(v) => bienBan.mutate(v as never)}
              initialValues={{ startedAt: 'Vào lúc 08 giờ 00', endedAt: 'Phiên họp kết thúc lúc 11 giờ 00 cùng ngày' }}
            >
              <Space wrap align="start">
                <Form.Item
                  name="place"
                  label="Địa danh"
                  rules={[{ required: true, whitespace: true, message: 'Nhập địa danh.' }]}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name="location"
                  label="Địa điểm họp"
                  rules={[{ required: true, whitespace: true, message: 'Nhập địa điểm họp.' }]}
                >
                  <Input style={{ width: 260, maxWidth: '100%' }} />
                </Form.Item>
              </Space>
              <Space wrap align="start">
                <Form.Item
                  name="startedAt"
                  label="Thời gian bắt đầu"
                  rules={[{ required: true, whitespace: true, message: 'Nhập thời gian.' }]}
                >
                  <Input style={{ width: 260, maxWidth: '100%' }} />
                </Form.Item>
                <Form.Item
                  name="endedAt"
                  label="Thời gian kết thúc"
                  rules={[{ required: true, whitespace: true, message: 'Nhập thời gian.' }]}
                >
                  <Input style={{ width: 260, maxWidth: '100%' }} />
                </Form.Item>
              </Space>
              {bienBan.error && <Alert type="error" showIcon role="alert" title={errorText(bienBan.error)} />}
              <Button htmlType="submit" loading={bienBan.isPending}>
                Lập biên bản (PDF và Word)
              </Button>
            </Form>
          )}
        </>
      ) : (
        !canConclude && <p>Phiên họp chưa kết thúc.</p>
      )}
    </Card>
  );
}

/** Một phiên họp Hội đồng TĐKT: roster and attendance, ballots against the threshold, ranking, result, biên bản. */
export function CouncilSessionPage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  const session = useSession(id);
  if (session.isPending) return <Spin aria-label="Đang tải phiên họp" />;
  if (session.error) return <Alert type="error" showIcon title={errorText(session.error)} />;
  const s = session.data;
  const c = s.convened;
  const names = new Map(c.candidates.map((k) => [k.nominationId, k.name]));
  const mayAct = can(me, 'councilSession.run', c.councilUnitId);
  const roundsLeft = s.rounds.length < c.maxRounds && nextRoundCandidates(s).length > 0;
  return (
    <article aria-labelledby="session-title">
      <Typography.Title level={1} id="session-title">
        {c.title}
      </Typography.Title>
      <p>
        <Tag color={s.status === 'concluded' ? 'green' : s.status === 'open' ? 'blue' : 'default'}>
          {SESSION_STATUS_NAMES[s.status] ?? s.status}
        </Tag>
      </p>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" className="section">
        <Descriptions.Item label="Hội đồng Thi đua – Khen thưởng">{c.councilUnitName}</Descriptions.Item>
        <Descriptions.Item label="Hình thức xét">{c.awardName}</Descriptions.Item>
        <Descriptions.Item label="Thành phần theo quyết định hiệu lực ngày">
          {formatDate(c.rosterAsOf)}
        </Descriptions.Item>
        <Descriptions.Item label="Số suất">{c.slots}</Descriptions.Item>
        <Descriptions.Item label="Ngưỡng đạt">
          {`Ít nhất ${s.required}/${c.members.length} thành viên đồng ý`}
        </Descriptions.Item>
        <Descriptions.Item label="Số vòng bỏ phiếu tối đa">{c.maxRounds}</Descriptions.Item>
      </Descriptions>
      <RosterCard key={`${s.status}:${s.present.join(',')}`} s={s} mayAct={mayAct} />
      <Card title={`Danh sách đề nghị (${c.candidates.length})`} className="section">
        <Table
          rowKey="nominationId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={c.candidates}
          caption={<span className="sr-only">Danh sách đề nghị được xét</span>}
          columns={[
            {
              title: 'Người / tập thể',
              dataIndex: 'name',
              render: (n: string, k) => <Link to={`/nominations/${k.nominationId}`}>{n}</Link>,
            },
            { title: 'Đơn vị đề nghị', dataIndex: 'unitName' },
            {
              title: 'Giới tính / tỷ lệ nữ',
              dataIndex: 'kind',
              responsive: ['md'],
              render: (_: string, k) =>
                k.kind === 'person'
                  ? k.gender === 'female'
                    ? 'Nữ'
                    : 'Nam'
                  : `${Math.round((k.womenShare ?? 0) * 100)} % nữ`,
            },
          ]}
        />
      </Card>
      {mayAct && s.status === 'open' && roundsLeft && (
        <BallotForm key={`round-${s.rounds.length + 1}`} s={s} names={names} />
      )}
      {s.rounds.map((r) => (
        <RoundCard key={r.round} round={r} names={names} />
      ))}
      <RankingCard s={s} mayAct={mayAct} />
      <ConclusionCard s={s} mayAct={mayAct} />
    </article>
  );
}
