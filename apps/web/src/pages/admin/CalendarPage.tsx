import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Calendar, Form, Grid, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CalendarDay } from '@vinhdanh/db';
import { api, call, errorText, type ApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { serverFieldErrors } from '../../lib/forms';
import { can, useLabels, useMe } from '../../lib/session';

const KIND_COLOUR: Record<string, string> = { holiday: 'red', compensatory: 'orange', makeup_workday: 'blue' };

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['calendar', year],
    queryFn: () => call<CalendarDay[]>(api.GET('/api/admin/calendar', { params: { query: { year } as never } })),
  });
}

interface DayForm {
  kind: string;
  nameVi: string;
  nameEn: string;
  note?: string;
}

/** Setting one date (system administrators): what it is and its name, or back to an ordinary day. */
function DayDialog({ day, entry, onClose }: { day: Dayjs | null; entry?: CalendarDay; onClose: () => void }) {
  const labels = useLabels().data;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<DayForm>();
  const date = day?.format('YYYY-MM-DD') ?? '';
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: ['calendar'] });
    onClose();
  };
  const save = useMutation({
    mutationFn: (v: DayForm) =>
      call<CalendarDay>(
        api.PUT('/api/admin/calendar/{date}', {
          params: { path: { date } },
          body: { ...v, note: v.note?.trim() || undefined } as never,
        }),
      ),
    onSuccess: () => done(`Đã đặt ngày ${formatDate(date)}.`),
    // A make-up day on a weekday (or a day off in lieu on a weekend) is refused under "Loại ngày".
    onError: (err: ApiError) => form.setFields(serverFieldErrors(err, ['kind', 'nameVi', 'nameEn', 'note']) as never),
  });
  const clear = useMutation({
    mutationFn: () => call<unknown>(api.DELETE('/api/admin/calendar/{date}', { params: { path: { date } } })),
    onSuccess: () => done(`Ngày ${formatDate(date)} trở lại ngày thường.`),
  });
  return (
    <Modal
      open={day !== null}
      title={`Ngày ${formatDate(date)}`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        entry && (
          <Button key="clear" danger loading={clear.isPending} onClick={() => clear.mutate()}>
            Trở lại ngày thường
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          Hủy
        </Button>,
        <Button key="save" type="primary" loading={save.isPending} onClick={() => form.submit()}>
          Lưu
        </Button>,
      ]}
    >
      <Form<DayForm>
        form={form}
        name="calendar-day"
        layout="vertical"
        preserve={false}
        initialValues={
          entry ? { kind: entry.kind, nameVi: entry.nameVi, nameEn: entry.nameEn, note: entry.note ?? '' } : {}
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="kind" label="Loại ngày" rules={[{ required: true, message: 'Chọn loại ngày.' }]}>
          <Select
            options={Object.entries(labels?.calendarDayKinds ?? {}).map(([value, l]) => ({ value, label: l.vi }))}
          />
        </Form.Item>
        <Form.Item
          name="nameVi"
          label="Tên ngày"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên ngày.' }]}
        >
          <Input placeholder="Tết Nguyên Đán" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label="Tên tiếng Anh"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên tiếng Anh.' }]}
        >
          <Input placeholder="Lunar New Year" lang="en" />
        </Form.Item>
        <Form.Item name="note" label="Căn cứ (thông báo)">
          <Input />
        </Form.Item>
        <div aria-live="assertive">
          {(save.error ?? clear.error) && (
            <Alert type="error" showIcon role="alert" title={errorText(save.error ?? clear.error)} />
          )}
        </div>
      </Form>
    </Modal>
  );
}

/**
 * Lịch làm việc: the year as a calendar, holidays, days off in lieu and make-up working days marked
 * on it (due dates are counted in working days from it), and the same days as a list.
 */
export function CalendarPage() {
  const [shown, setShown] = useState(() => dayjs());
  const [editing, setEditing] = useState<Dayjs | null>(null);
  const me = useMe().data;
  const labels = useLabels().data;
  const phone = !Grid.useBreakpoint().md;
  const canEdit = can(me, 'admin.system');
  const year = useCalendarYear(shown.year());
  const listed = new Map((year.data ?? []).map((d) => [d.date, d]));
  return (
    <section aria-labelledby="calendar-title">
      <Typography.Title level={1} id="calendar-title">
        Lịch làm việc năm {shown.year()}
      </Typography.Title>
      <p>
        Hạn xử lý được tính theo ngày làm việc trên lịch này.
        {canEdit ? ' Chọn một ngày để đặt ngày nghỉ lễ, nghỉ bù hoặc làm bù.' : ''}
      </p>
      {year.error && <Alert type="error" showIcon title={errorText(year.error)} />}
      <Calendar
        value={shown}
        fullscreen={!phone}
        onPanelChange={(d) => setShown(d)}
        onSelect={(d, info) => {
          setShown(d);
          if (canEdit && info.source === 'date') setEditing(d);
        }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const entry = listed.get(d.format('YYYY-MM-DD'));
          if (!entry) return null;
          return phone ? (
            <span className={`calendar-dot calendar-${entry.kind}`} aria-label={entry.nameVi} />
          ) : (
            <Tag color={KIND_COLOUR[entry.kind]} data-date={entry.date} title={entry.nameVi}>
              {labels?.calendarDayKinds[entry.kind]?.vi}: {entry.nameVi}
            </Tag>
          );
        }}
      />
      <Typography.Title level={2}>Các ngày đặc biệt năm {shown.year()}</Typography.Title>
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        loading={year.isPending}
        dataSource={year.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Năm này chưa có ngày đặc biệt nào.' }}
        columns={[
          { title: 'Ngày', dataIndex: 'date', render: (v: string) => formatDate(v) },
          {
            title: 'Loại',
            dataIndex: 'kind',
            render: (k: string) => <Tag color={KIND_COLOUR[k]}>{labels?.calendarDayKinds[k]?.vi}</Tag>,
          },
          { title: 'Tên', dataIndex: 'nameVi' },
          { title: 'Căn cứ', dataIndex: 'note', responsive: ['md'], render: (v: string | null) => v ?? '—' },
        ]}
      />
      {canEdit && (
        <DayDialog
          day={editing}
          entry={editing ? listed.get(editing.format('YYYY-MM-DD')) : undefined}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
