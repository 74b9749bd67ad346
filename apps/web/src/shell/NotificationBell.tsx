import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Popover, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { NotificationList } from '@vinhdanh/api';
import { api, call } from '../api/client';
import { formatDateTime } from '../lib/format';

/** The bell's accessible name: says how many are unread, so a screen reader hears it without opening. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Thông báo: ${unread} chưa đọc` : 'Thông báo';
}

/**
 * Thông báo: the bell in the top bar with the unread count; opens the newest notifications (focus
 * moves into the list, Escape closes and gives it back to the bell), each opening its nomination,
 * marked read one by one or all at once.
 */
export function NotificationBell() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const bell = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => call<NotificationList>(api.GET('/api/notifications', { params: { query: { limit: 20 } as never } })),
    // New tasks and reminders arrive while a page is open: look again every minute.
    refetchInterval: 60_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const readOne = useMutation({
    mutationFn: (id: string) => call<unknown>(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => call<unknown>(api.POST('/api/notifications/read-all')),
    onSuccess: refresh,
  });
  useEffect(() => {
    if (!open) return;
    // The popover mounts its content after this render: focus the first entry once it is there.
    const timer = setTimeout(() => panel.current?.querySelector<HTMLElement>('a, button')?.focus(), 0);
    return () => clearTimeout(timer);
  }, [open, list.data]);
  const close = () => {
    setOpen(false);
    bell.current?.focus();
  };
  const unread = list.data?.unreadCount ?? 0;
  const items = list.data?.items ?? [];
  const content = (
    <div
      ref={panel}
      role="region"
      aria-label="Thông báo"
      className="notif-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      {items.length === 0 ? (
        <Empty description="Chưa có thông báo nào." />
      ) : (
        <ul className="notif-list">
          {items.map((n) => (
            <li key={n.id} className={`notif ${n.readAt ? 'read' : 'unread'}`}>
              <Link className="notif-link" to={`/nominations/${n.nominationId}`} onClick={() => setOpen(false)}>
                <strong>{n.titleVi}</strong>
                <br />
                {n.bodyVi}
              </Link>
              <br />
              <Typography.Text type="secondary">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              </Typography.Text>{' '}
              {!n.readAt && (
                <Button
                  size="small"
                  type="link"
                  aria-label={`Đánh dấu đã đọc: ${n.titleVi}`}
                  onClick={() => readOne.mutate(n.id)}
                >
                  Đã đọc
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {unread > 0 && (
        <Button size="small" onClick={() => readAll.mutate()} loading={readAll.isPending}>
          Đánh dấu tất cả đã đọc
        </Button>
      )}
    </div>
  );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title="Thông báo"
      content={content}
      destroyOnHidden
    >
      <Button type="text" ref={bell} aria-label={bellLabel(unread)} aria-expanded={open} className="bell">
        <Badge count={unread} size="small" className="bell-count">
          <BellOutlined />
        </Badge>
      </Button>
    </Popover>
  );
}
