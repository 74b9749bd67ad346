import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InboxRow } from '@vinhdanh/api';
import { errorText, newIdempotencyKey } from '../api/client';
import { formatDateTime } from '../lib/format';
import { sendTaskCommand } from '../lib/tasks';

/**
 * Nộp muộn: the dossier reached this level after its cut-off. Says when the cut-off was and who
 * sent it late (the lateness is the sending unit's, not the receiving level's).
 */
export function LateArrivalMark({ late }: { late: NonNullable<InboxRow['lateArrival']> }) {
  const sender = late.sender.name ? `${late.sender.unitName} (${late.sender.name})` : late.sender.unitName;
  return (
    <div className="late-arrival" data-late-arrival="true">
      <Tag color="orange">{late.label.vi}</Tag>
      <Typography.Text type="secondary">
        Sau hạn {formatDateTime(late.cutOffAt)}; gửi từ {sender}
      </Typography.Text>
    </div>
  );
}

/** Nhận xử lý: the caller takes the row's task from the unit's pool (offered when the server lists `claim`). */
export function ClaimButton({ task }: { task: Pick<InboxRow, 'nominationId' | 'nomineeName' | 'taskSeq'> }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [key] = useState(newIdempotencyKey);
  const claim = useMutation({
    mutationFn: () => sendTaskCommand('claim', task.nominationId, key, { taskSeq: task.taskSeq }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
    onError: (err) => void message.error(errorText(err)),
  });
  return (
    <Button
      size="small"
      loading={claim.isPending}
      aria-label={`Nhận xử lý hồ sơ của ${task.nomineeName}`}
      onClick={() => claim.mutate()}
    >
      Nhận xử lý
    </Button>
  );
}
