import { foldEvents } from '../shared/aggregate';
import { delegationAggregate as delegations, type GrantDelegation } from './delegation.decider';
import { DelegationError } from './delegation.errors';
import { DelegationEvent } from './delegation.events';

const grant: GrantDelegation = {
  type: 'GrantDelegation',
  now: '2026-06-15T03:00:00.000Z',
  delegationId: 'd-1',
  delegatorId: 'u-chair',
  delegate: { id: 'u-deputy', name: 'Phó Chủ tịch' },
  unitId: 'ldld-cao-bang',
  roles: ['approver'],
  startsAt: '2026-06-15T03:00:00.000Z',
  endsAt: '2026-06-30T10:00:00.000Z',
  reason: 'Đi công tác',
  overlapping: null,
};
const refusal = (f: () => unknown): DelegationError => {
  try {
    f();
  } catch (err) {
    if (err instanceof DelegationError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('delegation aggregate', () => {
  it('grants, then revokes once; a revoked or ended delegation cannot be revoked', () => {
    const granted = delegations.decide(grant, null);
    expect(granted.map((e) => DelegationEvent.parse(e))).toEqual(granted);
    const state = foldEvents(delegations, granted);
    const revoke = {
      type: 'RevokeDelegation' as const,
      now: '2026-06-20T03:00:00.000Z',
      delegationId: 'd-1',
      reason: null,
    };
    const revoked = delegations.decide(revoke, state);
    expect(revoked).toEqual([{ type: 'DelegationRevoked', data: { delegationId: 'd-1', revokedAt: revoke.now } }]);
    expect(refusal(() => delegations.decide(revoke, foldEvents(delegations, [...granted, ...revoked]))).code).toBe(
      'DELEGATION.ALREADY_REVOKED',
    );
    expect(refusal(() => delegations.decide({ ...revoke, now: '2026-07-01T00:00:00.000Z' }, state)).code).toBe(
      'DELEGATION.ENDED',
    );
  });

  it('names each field of a bad period, and refuses an overlap naming the other delegate', () => {
    const bad = refusal(() =>
      delegations.decide(
        {
          ...grant,
          delegate: { id: 'u-chair', name: 'x' },
          startsAt: '2026-06-01T00:00:00.000Z',
          endsAt: '2026-12-01T00:00:00.000Z',
        },
        null,
      ),
    );
    expect((bad.details['problems'] as { field: string; rule: string }[]).map((p) => `${p.field}:${p.rule}`)).toEqual([
      'delegateUserId:not_self',
      'startsAt:not_past',
      'endsAt:max_duration',
    ]);
    const overlap = refusal(() =>
      delegations.decide(
        {
          ...grant,
          overlapping: { id: 'd-0', startsAt: grant.startsAt, endsAt: grant.endsAt, delegateName: 'Trần Văn B' },
        },
        null,
      ),
    );
    expect([overlap.code, overlap.messageVi]).toEqual([
      'DELEGATION.OVERLAPS',
      `Đã có ủy quyền cho Trần Văn B từ ${grant.startsAt} đến ${grant.endsAt} trùng thời gian; hãy thu hồi trước.`,
    ]);
  });
});
