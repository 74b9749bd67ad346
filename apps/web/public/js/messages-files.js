/** UI strings of attachments (upload, download, checksums) and the quota gauge, Vietnamese first. */
export const FILE_MESSAGES = {
  'att.hint': {
    vi: 'PDF, JPG, PNG, DOCX hoặc XLSX, tối đa 10 MB mỗi tệp. Tệp được tải lên máy chủ; mã SHA-256 do máy chủ tính được đối chiếu với mã tính trên máy bạn.',
    en: 'PDF, JPG, PNG, DOCX or XLSX, at most 10 MB each. Files are uploaded; the server’s SHA-256 is checked against the one computed in your browser.',
  },
  'att.uploading': { vi: 'Đang tải lên…', en: 'Uploading…' },
  'att.verified': { vi: '✓ Đã lưu, mã khớp với tệp trên máy', en: '✓ Stored; checksum matches your file' },
  'att.mismatch': {
    vi: 'Mã của máy chủ khác mã trên máy: hãy xóa và tải lại',
    en: 'Server checksum differs from your file: remove and upload again',
  },
  'att.badType': {
    vi: 'Chỉ nhận tệp PDF, JPG, PNG, DOCX, XLSX.',
    en: 'Only PDF, JPG, PNG, DOCX and XLSX files are accepted.',
  },
  'att.tooBig': { vi: 'Tệp lớn hơn 10 MB.', en: 'The file is larger than 10 MB.' },
  'att.waitUploads': {
    vi: 'Tệp đính kèm đang tải lên; vui lòng chờ rồi gửi lại.',
    en: 'Attachments are still uploading; wait, then submit again.',
  },
  'att.removeFailed': {
    vi: 'Có tệp không tải lên được: hãy xóa tệp đó khỏi danh sách.',
    en: 'A file could not be uploaded: remove it from the list.',
  },
  'att.file': { vi: 'Tệp', en: 'File' },
  'att.download': { vi: 'Tải về', en: 'Download' },
  'att.downloadOf': { vi: 'Tải về: {name}', en: 'Download: {name}' },
  'att.downloadedOk': { vi: 'Đã tải về, mã SHA-256 khớp.', en: 'Downloaded; SHA-256 matches.' },
  'att.downloadedMismatch': {
    vi: 'Đã tải về nhưng mã SHA-256 KHÔNG khớp hồ sơ!',
    en: 'Downloaded, but the SHA-256 does NOT match the dossier!',
  },
  'att.notStored': { vi: 'Chỉ có mã kiểm tra', en: 'Checksum only' },
  'quota.title': { vi: 'Chỉ tiêu khen thưởng', en: 'Award quota' },
  'quota.used': { vi: 'đã dùng {used}/{limit} suất', en: '{used} of {limit} slots used' },
  'quota.unit': { vi: '{award} tại {unit}', en: '{award} at {unit}' },
  'quota.national': { vi: '{award} toàn quốc', en: '{award} nationally' },
  'quota.full': { vi: 'Đã hết suất', en: 'No slots left' },
  'quota.left': { vi: 'còn {n} suất', en: '{n} left' },
};
