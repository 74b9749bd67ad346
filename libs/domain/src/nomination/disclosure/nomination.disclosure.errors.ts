import { DomainError } from '../../shared/domain-error';
import { vietnamDateOf } from '../../shared/dates';

/** Stable codes of the disclosure refusals. */
export type DisclosureErrorCode =
  | 'NOMINATION.DISCLOSURE_OPEN'
  | 'NOMINATION.OBJECTION_UNANSWERED'
  | 'NOMINATION.OBJECTION_UPHELD'
  | 'NOMINATION.DISCLOSURE_NOT_OPEN'
  | 'NOMINATION.NO_DISCLOSURE'
  | 'OBJECTION.NOT_FOUND'
  | 'NOMINATION.OBJECTION_ALREADY_ANSWERED'
  | 'NOMINATION.DISCLOSURE_TOO_SHORT'
  | 'NOMINATION.DISCLOSURE_NOT_ENDED'
  | 'NOMINATION.DISCLOSURE_ALREADY_ENDED';

/** `dd/mm/yyyy` and `yyyy-mm-dd` of a date. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return { vi: `${d}/${m}/${y}`, en: iso };
};
/** `dd/mm/yyyy` (Vietnam) and `yyyy-mm-dd` of an instant. */
const dates = (instant: string) => day(vietnamDateOf(instant));

/** A disclosure refusal: forwarding too early, an objection outside the period, an unknown or answered objection. */
export class DisclosureError extends DomainError {
  constructor(
    readonly code: DisclosureErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }

  /** Forwarding while the list is still posted; names the end date. */
  static open(endsAt: string | undefined): DisclosureError {
    const end = endsAt ? dates(endsAt) : undefined;
    return new DisclosureError(
      'NOMINATION.DISCLOSURE_OPEN',
      `Hồ sơ đang trong thời gian công khai${end ? ` đến hết ngày ${end.vi}` : ''}; chưa thể chuyển cấp trên.`,
      `The nomination is in its public disclosure period${end ? ` until ${end.en}` : ''}; it cannot be forwarded yet.`,
      { endsAt: endsAt ?? null },
    );
  }

  /** Forwarding with objections not yet answered. */
  static unanswered(ids: readonly string[]): DisclosureError {
    return new DisclosureError(
      'NOMINATION.OBJECTION_UNANSWERED',
      `Còn ${ids.length} ý kiến phản ánh trong thời gian công khai chưa được trả lời; trả lời trước khi chuyển cấp trên.`,
      `${ids.length} objection(s) from the disclosure are unanswered; answer them before forwarding.`,
      { objectionIds: ids },
    );
  }

  /** Forwarding after an upheld objection without a revised dossier. */
  static upheld(ids: readonly string[]): DisclosureError {
    return new DisclosureError(
      'NOMINATION.OBJECTION_UPHELD',
      `Ý kiến phản ánh đã được xác nhận là đúng; đơn vị cần trả lại để hoàn thiện hồ sơ (rồi gửi lại) hoặc rút đề nghị.`,
      `An objection was upheld; the unit must return the nomination for revision (then resubmit it) or withdraw it.`,
      { objectionIds: ids },
    );
  }

  /** An objection outside the period (before posting, or after it ended). */
  static notOpen(endsAt: string | undefined): DisclosureError {
    const end = endsAt ? dates(endsAt) : undefined;
    return new DisclosureError(
      'NOMINATION.DISCLOSURE_NOT_OPEN',
      end
        ? `Thời gian công khai đã kết thúc ngày ${end.vi}; khiếu nại sau thời hạn được xử lý bằng tạm dừng hồ sơ (khiếu nại).`
        : 'Hồ sơ chưa được công khai.',
      end
        ? `The disclosure period ended on ${end.en}; later complaints are handled by holding the nomination (complaint).`
        : 'The nomination has not been posted yet.',
      { endsAt: endsAt ?? null },
    );
  }

  /** The nomination's rule set requires no disclosure. */
  static none(): DisclosureError {
    return new DisclosureError(
      'NOMINATION.NO_DISCLOSURE',
      'Bộ quy định của hồ sơ này không yêu cầu công khai.',
      "This nomination's rule set requires no public disclosure.",
    );
  }

  /** No objection with that id. */
  static notFound(objectionId: string): DisclosureError {
    return new DisclosureError(
      'OBJECTION.NOT_FOUND',
      `Không có ý kiến phản ánh ${objectionId}.`,
      `No objection ${objectionId}.`,
      { objectionId },
    );
  }

  /** The objection was answered already (by whom and when). */
  static alreadyAnswered(objectionId: string, by: { name: string }, at: string): DisclosureError {
    return new DisclosureError(
      'NOMINATION.OBJECTION_ALREADY_ANSWERED',
      `Ý kiến phản ánh ${objectionId} đã được ${by.name} trả lời lúc ${at}.`,
      `Objection ${objectionId} was answered by ${by.name} at ${at}.`,
      { objectionId, answeredBy: by.name, answeredAt: at },
    );
  }

  /** A disclosure held on paper shorter than the rule set's working days (Law 06/2022 Art. 84(5)). */
  static tooShort(postedOn: string, endedOn: string, counted: number, required: number): DisclosureError {
    const [from, to] = [day(postedOn), day(endedOn)];
    return new DisclosureError(
      'NOMINATION.DISCLOSURE_TOO_SHORT',
      `Thời gian công khai từ ${from.vi} đến ${to.vi} là ${counted} ngày làm việc; bộ quy định của hồ sơ yêu cầu ít nhất ${required} ngày làm việc.`,
      `The disclosure from ${from.en} to ${to.en} lasted ${counted} working days; the nomination's rule set requires at least ${required}.`,
      { postedOn, endedOn, workingDays: counted, requiredWorkingDays: required },
    );
  }

  /** A disclosure held on paper whose last day has not passed yet. */
  static notEnded(endedOn: string): DisclosureError {
    const to = day(endedOn);
    return new DisclosureError(
      'NOMINATION.DISCLOSURE_NOT_ENDED',
      `Thời gian công khai đến hết ngày ${to.vi} chưa kết thúc; chỉ ghi nhận công khai đã niêm yết khi đã hết thời gian công khai.`,
      `The disclosure runs until the end of ${to.en}; a disclosure held on paper is recorded once its period is over.`,
      { endedOn },
    );
  }

  /** The disclosure is already over (ended, or recorded on paper): it cannot be recorded again. */
  static alreadyEnded(endedAt: string): DisclosureError {
    const end = dates(endedAt);
    return new DisclosureError(
      'NOMINATION.DISCLOSURE_ALREADY_ENDED',
      `Việc công khai hồ sơ này đã kết thúc (ghi nhận ngày ${end.vi}); không ghi nhận lại.`,
      `This nomination's disclosure is already over (recorded on ${end.en}); it cannot be recorded again.`,
      { endedAt },
    );
  }
}
