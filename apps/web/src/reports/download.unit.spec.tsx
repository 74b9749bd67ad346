/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { saveToken } from '../api/client';
import { downloadFile } from './download';

describe('downloadFile', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  const clicked: string[] = [];
  beforeAll(() => {
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    URL.createObjectURL = () => 'blob:test';
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
  });
  beforeEach(() => {
    fetchMock.mockReset();
    clicked.length = 0;
    sessionStorage.clear();
  });

  it('saves the file under the Vietnamese name the API gives, sending the session token', async () => {
    saveToken('jwt-of-the-session');
    fetchMock.mockResolvedValueOnce(
      new Response('xlsx', {
        status: 200,
        headers: {
          'Content-Disposition': `attachment; filename="Hop-viec.xlsx"; filename*=UTF-8''${encodeURIComponent('Hộp việc - Lê Văn Bình.xlsx')}`,
        },
      }),
    );
    await expect(downloadFile('/api/reports/exports/inbox?format=xlsx', 'danh-sach.xlsx')).resolves.toBe(
      'Hộp việc - Lê Văn Bình.xlsx',
    );
    expect(clicked).toEqual(['Hộp việc - Lê Văn Bình.xlsx']);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/reports/exports/inbox?format=xlsx');
    expect(new Headers(fetchMock.mock.calls[0]![1].headers).get('Authorization')).toBe('Bearer jwt-of-the-session');
  });

  it('answers a refusal with its Vietnamese detail and saves nothing', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ detail: 'Bạn không có quyền xem danh sách này.' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    await expect(downloadFile('/api/reports/exports/stuck', 'x.xlsx')).rejects.toThrow(
      'Bạn không có quyền xem danh sách này.',
    );
    expect(clicked).toEqual([]);
  });
});
