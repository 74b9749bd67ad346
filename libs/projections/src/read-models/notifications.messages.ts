import type { NominationEvent } from '@vinhdanh/domain';

/** What a notification is about (the `notifications.kind` column). */
export type NotificationKindOf = 'new_task' | 'returned' | 'reminder' | 'overdue' | 'stuck';

/** What the texts need to know about the nomination, taken from its `NominationSubmitted` event. */
export interface NominationContext {
  nominatingUnitId: string;
  awardCode: string;
  nomineeName: string;
  /** Unit ids of the route, nominating unit first. */
  routeUnitIds: readonly string[];
  /** Task numbers of revision tasks (opened by a return); every other task is a review. */
  revisionTaskSeqs: ReadonlySet<number>;
}

/** Roles to notify at one unit. */
export interface NotificationTarget {
  unitId: string;
  roles: readonly ('nominator' | 'reviewer' | 'chair' | 'unit_admin')[];
}

/** One notification to fan out to the users holding `targets` (Vietnamese first, English second). */
export interface NotificationDraft {
  kind: NotificationKindOf;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  targets: NotificationTarget[];
}

const MISSING_VI: Record<string, string> = {
  TO_TRINH: 'tờ trình',
  BAO_CAO_THANH_TICH: 'báo cáo thành tích',
  BIEN_BAN: 'biên bản họp',
  SANG_KIEN: 'hồ sơ sáng kiến',
  KHAC: 'tài liệu khác',
};

/**
 * Who holds task `taskSeq` at `unitId`, as the API's access rules: a review belongs to the unit's
 * reviewers and chair; a revision to the nominators at the nominating unit, to approvers above it.
 */
export function assigneesAt(unitId: string, taskSeq: number, ctx: NominationContext): NotificationTarget {
  const revisionAtNominatingUnit = ctx.revisionTaskSeqs.has(taskSeq) && unitId === ctx.nominatingUnitId;
  return { unitId, roles: revisionAtNominatingUnit ? ['nominator'] : ['reviewer', 'chair'] };
}

/** The next unit of the route above `unitId`, or null at the top (or when the unit left the route). */
export function unitAbove(unitId: string, ctx: NominationContext): string | null {
  const i = ctx.routeUnitIds.indexOf(unitId);
  return i >= 0 ? (ctx.routeUnitIds[i + 1] ?? null) : null;
}

/** Due times are shown in Vietnam's time zone, whatever the server's. */
function formatDue(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/**
 * The notification an event calls for, or null when it calls for none. Pure: the same event and
 * context always give the same texts and targets, so a rebuild writes the same rows.
 */
export function draftNotification(event: NominationEvent, ctx: NominationContext): NotificationDraft | null {
  const subject = `${ctx.awardCode} — ${ctx.nomineeName}`;
  switch (event.type) {
    case 'NominationReviewOpened':
      return {
        kind: 'new_task',
        titleVi: `Hồ sơ mới cần xử lý: ${subject}`,
        titleEn: `New task: ${subject}`,
        bodyVi: `Đề nghị khen thưởng ${ctx.awardCode} cho ${ctx.nomineeName} đã chuyển đến đơn vị và đang chờ xét duyệt.`,
        bodyEn: `The nomination of ${ctx.nomineeName} for ${ctx.awardCode} has reached your unit and awaits review.`,
        targets: [assigneesAt(event.data.unitId, event.data.taskSeq, ctx)],
      };
    case 'NominationRerouted':
      // A reorganisation moved an open task: it is new to the successor unit's office holders.
      if (event.data.taskSeq === null) return null;
      return {
        kind: 'new_task',
        titleVi: `Hồ sơ được chuyển đến đơn vị: ${subject}`,
        titleEn: `Task moved to your unit: ${subject}`,
        bodyVi: `Do sắp xếp tổ chức, đề nghị khen thưởng ${ctx.awardCode} cho ${ctx.nomineeName} chuyển từ đơn vị cũ đến đơn vị và đang chờ xử lý. Lý do: ${event.data.reason}`,
        bodyEn: `After a reorganisation, the nomination of ${ctx.nomineeName} for ${ctx.awardCode} moved to your unit and awaits action. Reason: ${event.data.reason}`,
        targets: [assigneesAt(event.data.to.unitId, event.data.taskSeq, ctx)],
      };
    case 'NominationReturned':
    case 'NominationAutoReturned':
    case 'NominationDossierIncomplete': {
      const missing =
        event.type === 'NominationDossierIncomplete'
          ? {
              vi: ` Còn thiếu: ${event.data.missingKinds.map((k) => MISSING_VI[k] ?? k).join(', ')}.`,
              en: ` Missing: ${event.data.missingKinds.join(', ')}.`,
            }
          : { vi: '', en: '' };
      return {
        kind: 'returned',
        titleVi: `Hồ sơ bị trả lại: ${subject}`,
        titleEn: `Returned for revision: ${subject}`,
        bodyVi: `Hồ sơ được trả lại để bổ sung, hoàn thiện. Lý do: ${event.data.reason}.${missing.vi}`,
        bodyEn: `The nomination was returned for revision. Reason: ${event.data.reason}.${missing.en}`,
        targets: [assigneesAt(event.data.to.unitId, event.data.taskSeq, ctx)],
      };
    }
    case 'NominationTaskReminded':
      // An administrator's reminder: the task's holders, with the operator's reason.
      return {
        kind: 'reminder',
        titleVi: `Nhắc việc từ quản trị: ${subject}`,
        titleEn: `Reminder from an administrator: ${subject}`,
        bodyVi: `${event.metadata.actor.name} đề nghị đơn vị xử lý hồ sơ. Lý do: ${event.data.reason}.`,
        bodyEn: `${event.metadata.actor.name} asks your unit to act on this nomination. Reason: ${event.data.reason}.`,
        targets: [assigneesAt(event.data.unitId, event.data.taskSeq, ctx)],
      };
    case 'NominationForceReturned':
      return {
        kind: 'returned',
        titleVi: `Hồ sơ bị trả lại: ${subject}`,
        titleEn: `Returned for revision: ${subject}`,
        bodyVi: `Quản trị viên ${event.metadata.actor.name} trả hồ sơ về đơn vị đề nghị để bổ sung. Lý do: ${event.data.reason}.`,
        bodyEn: `Administrator ${event.metadata.actor.name} returned the nomination to the nominating unit for revision. Reason: ${event.data.reason}.`,
        targets: [assigneesAt(event.data.to.unitId, event.data.taskSeq, ctx)],
      };
    case 'NominationReminderSent':
      return {
        kind: 'reminder',
        titleVi: `Nhắc việc: ${subject}`,
        titleEn: `Reminder: ${subject}`,
        bodyVi: `Hồ sơ sắp đến hạn xử lý (hạn ${formatDue(event.data.dueAt)}).`,
        bodyEn: `The task is due soon (due ${event.data.dueAt}).`,
        targets: [assigneesAt(event.data.unitId, event.data.taskSeq, ctx)],
      };
    case 'NominationDeadlineMissed': {
      const above = unitAbove(event.data.unitId, ctx);
      return {
        kind: 'overdue',
        titleVi: `Quá hạn xử lý: ${subject}`,
        titleEn: `Overdue: ${subject}`,
        bodyVi: `Hồ sơ đã quá hạn xử lý (hạn ${formatDue(event.data.dueAt)}). Đề nghị đơn vị khẩn trương xử lý.`,
        bodyEn: `The task is overdue (was due ${event.data.dueAt}). Please act on it without delay.`,
        targets: [
          assigneesAt(event.data.unitId, event.data.taskSeq, ctx),
          { unitId: event.data.unitId, roles: ['unit_admin'] },
          ...(above ? [{ unitId: above, roles: ['reviewer', 'chair'] } satisfies NotificationTarget] : []),
        ],
      };
    }
    case 'NominationMarkedStuck':
      return {
        kind: 'stuck',
        titleVi: `Hồ sơ bị ùn tắc: ${subject}`,
        titleEn: `Stuck: ${subject}`,
        bodyVi: `Hồ sơ quá hạn đã hết thời gian gia hạn (hạn ${formatDue(event.data.dueAt)}); cần quản trị viên can thiệp.`,
        bodyEn: `The grace period after the deadline (${event.data.dueAt}) ran out; an administrator must intervene.`,
        targets: [{ unitId: event.data.unitId, roles: ['unit_admin'] }],
      };
    default:
      return null;
  }
}
