/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { selectedEntry } from './AppShell';

describe('the menu entry of the page shown', () => {
  const items = [
    { key: '/nominations', label: 'Hồ sơ đề nghị' },
    {
      key: 'audit',
      label: 'Kiểm tra, giám sát',
      children: [
        { key: '/audit', label: 'Tra cứu hồ sơ' },
        { key: '/audit/anomalies', label: 'Bất thường' },
      ],
    },
  ];

  it('is the longest menu path the address starts with, inside a group too', () => {
    expect(selectedEntry(items, '/audit/anomalies')).toBe('/audit/anomalies');
    expect(selectedEntry(items, '/audit/nominations/abc')).toBe('/audit');
    expect(selectedEntry(items, '/nominations/new')).toBe('/nominations');
    // A path that only shares letters with an entry is not under it.
    expect(selectedEntry(items, '/auditors')).toBeUndefined();
  });
});
