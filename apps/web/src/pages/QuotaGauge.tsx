import { useQuery } from '@tanstack/react-query';
import { Progress, Typography } from 'antd';
import type { QuotaGauge as Bucket, QuotaUsageView } from '@vinhdanh/api';
import { api, call } from '../api/client';
import { formatNumber } from '../lib/format';
import { can, useLabels, useMe, useUnits } from '../lib/session';

/** "đã dùng 3/4 suất · còn 1 suất" (or "Đã hết suất"). */
export function quotaText(b: Pick<Bucket, 'used' | 'limit' | 'remaining'>): { used: string; left: string } {
  return {
    used: `đã dùng ${formatNumber(b.used)}/${formatNumber(b.limit)} suất`,
    left: b.remaining === 0 ? 'Đã hết suất' : `còn ${formatNumber(b.remaining)} suất`,
  };
}

/**
 * Chỉ tiêu: how many slots of the award's quota an approval at `unitId` may still use, per counter
 * (the unit's, the national cap). Shown only where the server says the user may read the usage;
 * nothing when the award has no quota there (a help for the decision, never an error on the page).
 */
export function QuotaGauge({
  campaignId,
  unitId,
  awardCode,
}: {
  campaignId: string;
  unitId: string;
  awardCode: string;
}) {
  const me = useMe().data;
  const labels = useLabels().data;
  const units = useUnits().data;
  const usage = useQuery({
    queryKey: ['quota-usage', campaignId, unitId, awardCode],
    enabled: can(me, 'quota.readUsage', unitId),
    queryFn: () =>
      call<QuotaUsageView>(
        api.GET('/api/quotas/usage', { params: { query: { campaignId, unitId, awardCode } as never } }),
      ),
    staleTime: 60_000,
  });
  const buckets = usage.data?.buckets ?? [];
  if (buckets.length === 0) return null;
  const award = labels?.awards[awardCode]?.vi ?? '';
  return (
    <ul className="quota-gauge" data-testid="quota-gauge">
      {buckets.map((b) => {
        const where =
          b.scope === 'national' ? `${award} toàn quốc` : `${award} tại ${units?.byId.get(b.unitId ?? '')?.name ?? ''}`;
        const { used, left } = quotaText(b);
        const full = b.remaining === 0;
        return (
          <li key={b.bucketKey} data-scope={b.scope}>
            <Typography.Text type="secondary">{where}</Typography.Text>
            <Progress
              percent={Math.round((100 * b.used) / Math.max(b.limit, 1))}
              status={full ? 'exception' : 'normal'}
              showInfo={false}
              size="small"
              aria-label={`${where}: ${used}`}
            />
            <span>
              <strong>{used}</strong> · {left}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
