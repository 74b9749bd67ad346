/** UI strings of the date field, the notification bell and the administrators' editors, Vietnamese first. */
export const EDITOR_MESSAGES = {
  'date.hint': { vi: 'Ngày/tháng/năm, ví dụ 30/12/2026', en: 'Day/month/year, e.g. 30/12/2026' },
  'date.invalid': {
    vi: 'Ngày không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 30/12/2026.',
    en: 'Not a valid date: write day/month/year, e.g. 30/12/2026.',
  },
  'date.required': { vi: 'Cần nhập ngày.', en: 'A date is required.' },
  'date.open': { vi: 'Mở lịch chọn ngày: {label}', en: 'Open the calendar: {label}' },
  'date.dialog': { vi: 'Lịch chọn ngày: {label}', en: 'Calendar: {label}' },
  'date.prev': { vi: 'Tháng trước', en: 'Previous month' },
  'date.next': { vi: 'Tháng sau', en: 'Next month' },
  'date.weekdays': { vi: 'T2,T3,T4,T5,T6,T7,CN', en: 'Mo,Tu,We,Th,Fr,Sa,Su' },
  'time.label': { vi: 'Giờ (HH:mm)', en: 'Time (HH:mm)' },
  'time.invalid': { vi: 'Giờ ghi dạng HH:mm, ví dụ 14:30.', en: 'Write the time as HH:mm, e.g. 14:30.' },
  'notif.title': { vi: 'Thông báo', en: 'Notifications' },
  'notif.button': { vi: 'Thông báo', en: 'Notifications' },
  'notif.buttonUnread': { vi: 'Thông báo: {n} chưa đọc', en: 'Notifications: {n} unread' },
  'notif.unread': { vi: 'chưa đọc', en: 'unread' },
  'notif.markRead': { vi: 'Đánh dấu đã đọc', en: 'Mark as read' },
  'notif.markReadOf': { vi: 'Đánh dấu đã đọc: {title}', en: 'Mark as read: {title}' },
  'notif.markAll': { vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all as read' },
  'notif.empty': { vi: 'Chưa có thông báo nào.', en: 'No notifications yet.' },
};
