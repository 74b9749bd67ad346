import type { Labels } from '@vinhdanh/api';
import {
  acceptedFile,
  clearDraft,
  guessKind,
  loadDraft,
  missingKinds,
  requiredKinds,
  saveDraft,
  type UploadedDocument,
} from './dossier';

const labels = {
  ruleSets: [
    { version: '2024', awards: [{ code: 'GK', requiredAttachments: ['TO_TRINH', 'BIEN_BAN'] }] },
    { version: '2026', awards: [{ code: 'GK', requiredAttachments: ['TO_TRINH', 'BIEN_BAN', 'SANG_KIEN'] }] },
  ],
} as unknown as Labels;

/** A Storage in memory (jest runs these on node). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const doc = (kind: string): UploadedDocument => ({
  kind,
  attachmentId: kind,
  name: `${kind}.pdf`,
  sizeBytes: 1,
  sha256: 'a',
});

describe('dossier rules', () => {
  it('takes the required documents from the campaign’s rule-set version', () => {
    expect(requiredKinds(labels, '2024', 'GK')).toEqual(['TO_TRINH', 'BIEN_BAN']);
    expect(requiredKinds(labels, '2026', 'GK')).toEqual(['TO_TRINH', 'BIEN_BAN', 'SANG_KIEN']);
    expect(requiredKinds(labels, '2024', undefined)).toEqual([]);
  });

  it('lists what is still missing, whatever else was uploaded', () => {
    expect(missingKinds(['TO_TRINH', 'BIEN_BAN'], [doc('KHAC'), doc('BIEN_BAN')])).toEqual(['TO_TRINH']);
    expect(missingKinds(['TO_TRINH'], [doc('TO_TRINH')])).toEqual([]);
  });

  it('keeps a draft in this browser until it is sent', () => {
    const storage = memoryStorage();
    expect(loadDraft(storage)).toBeNull();
    saveDraft({ fullName: 'Nguyễn Thị Hoa' }, storage);
    expect(loadDraft<{ fullName: string }>(storage)?.values.fullName).toBe('Nguyễn Thị Hoa');
    clearDraft(storage);
    expect(loadDraft(storage)).toBeNull();
    storage.setItem('vinhdanh.nomination-draft', '{not json');
    expect(loadDraft(storage)).toBeNull();
  });
});

describe('files of the dossier', () => {
  it('guesses the kind from the name, with or without diacritics', () => {
    expect(guessKind('Tờ trình 2026.pdf')).toBe('TO_TRINH');
    expect(guessKind('to-trinh.pdf')).toBe('TO_TRINH');
    expect(guessKind('Báo cáo thành tích.docx')).toBe('BAO_CAO_THANH_TICH');
    expect(guessKind('biên-bản-họp.jpg')).toBe('BIEN_BAN');
    expect(guessKind('anh-the.png')).toBeUndefined();
  });

  it('accepts the types the server stores, by extension', () => {
    expect(acceptedFile('a.PDF')).toBe(true);
    expect(acceptedFile('bang.xlsx')).toBe(true);
    expect(acceptedFile('ghi-chu.txt')).toBe(false);
    expect(acceptedFile('pdf')).toBe(false);
  });
});
