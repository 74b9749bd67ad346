import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { SavedView, ViewList } from '@vinhdanh/api';
import { api, call, errorText, newIdempotencyKey } from '../api/client';
import type { InboxFilters } from '../lib/inbox';

/** The inbox's address parameters a saved view sets (its filter, and its sort as the inbox names it). */
export function paramsOfView(view: Pick<SavedView, 'id' | 'filter' | 'sort'>): Record<string, string> {
  const params: Record<string, string> = { view: view.id };
  for (const [k, v] of Object.entries(view.filter)) {
    if (v !== undefined && v !== null && v !== '') params[k] = String(v);
  }
  if (view.sort.by === 'dueAt') params.sort = 'due';
  return params;
}

/**
 * Bộ lọc đã lưu: the user's inbox views and those shared with them, picked from a list (the
 * address then carries the view's filter), and the current filter saved under a new name.
 */
export function SavedViews({
  filters,
  viewId,
  onPick,
}: {
  filters: InboxFilters;
  viewId: string | undefined;
  onPick: (params: Record<string, string>) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const views = useQuery({
    queryKey: ['views', 'inbox'],
    queryFn: () => call<ViewList>(api.GET('/api/views', { params: { query: { target: 'inbox' } as never } })),
  });
  const all = [...(views.data?.mine ?? []), ...(views.data?.sharedWithMe ?? [])];
  const save = useMutation({
    mutationFn: () => {
      const { sort, ...filter } = filters;
      return call<SavedView>(
        api.POST('/api/views', {
          params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: {
            target: 'inbox',
            name: name.trim(),
            filter,
            sort: { by: sort === 'opened' ? 'openedAt' : 'dueAt', direction: 'asc' },
          } as never,
        }),
      );
    },
    onSuccess: async (view) => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['views', 'inbox'] });
      onPick(paramsOfView(view));
    },
  });
  return (
    <Space orientation="vertical" className="saved-views">
      <Form layout="inline">
        <Form.Item label="Bộ lọc đã lưu" htmlFor="inbox-view">
          <Select
            id="inbox-view"
            style={{ minWidth: 240 }}
            value={viewId ?? ''}
            loading={views.isPending}
            onChange={(id: string) => {
              const view = all.find((v) => v.id === id);
              onPick(view ? paramsOfView(view) : {});
            }}
            options={[
              { value: '', label: '— Không dùng —' },
              ...all.map((v) => ({ value: v.id, label: v.mine ? v.name : `${v.name} (của ${v.owner.fullName})` })),
            ]}
          />
        </Form.Item>
      </Form>
      <Form layout="inline" onFinish={() => save.mutate()}>
        <Form.Item label="Tên bộ lọc mới" htmlFor="inbox-view-name">
          <Input id="inbox-view-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        </Form.Item>
        <Button htmlType="submit" disabled={name.trim() === ''} loading={save.isPending}>
          Lưu bộ lọc hiện tại
        </Button>
      </Form>
      <div aria-live="assertive">
        {(save.error ?? views.error) && (
          <Alert type="error" showIcon role="alert" title={errorText(save.error ?? views.error)} />
        )}
      </div>
    </Space>
  );
}
