import { createHash } from 'node:crypto';
import { HeadsDigester, HeadsOrderError, headsDigest } from './heads-digest';

const h = (c: string) => c.repeat(64);

describe('heads digest', () => {
  it('is sha256 of the byte-sorted lines, whatever order the heads come in', () => {
    const heads = [
      { streamId: 'nomination-b', version: 2, hash: h('b') },
      { streamId: 'nomination-a', version: 3, hash: h('a') },
      { streamId: 'nomination-Z', version: 1, hash: h('c') },
    ];
    const lines = `nomination-Z\t1\t${h('c')}\nnomination-a\t3\t${h('a')}\nnomination-b\t2\t${h('b')}\n`;
    expect(headsDigest(heads)).toEqual({
      digest: createHash('sha256').update(lines).digest('hex'),
      streamCount: 3,
      eventCount: 6,
    });
    expect(headsDigest([...heads].reverse()).digest).toBe(headsDigest(heads).digest);
  });

  it('changes when any head changes', () => {
    const base = [{ streamId: 's-1', version: 2, hash: h('a') }];
    expect(headsDigest([{ ...base[0]!, version: 1 }]).digest).not.toBe(headsDigest(base).digest);
    expect(headsDigest([{ ...base[0]!, hash: h('b') }]).digest).not.toBe(headsDigest(base).digest);
  });

  it('refuses heads out of byte order or repeated', () => {
    const digester = new HeadsDigester();
    digester.add({ streamId: 'nomination-ổ', version: 1, hash: h('a') });
    expect(() => digester.add({ streamId: 'nomination-z', version: 1, hash: h('a') })).toThrow(HeadsOrderError);
    expect(() => digester.add({ streamId: 'nomination-ổ', version: 1, hash: h('a') })).toThrow(HeadsOrderError);
  });
});
