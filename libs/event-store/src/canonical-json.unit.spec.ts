import { canonicalJson, NotJsonError, toJsonValue } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys recursively by UTF-16 code units and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, A: null })).toBe(
      '{"A":null,"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
    // "€" (U+20AC) sorts before "😀" (surrogate pair D83D…) and after "a".
    expect(canonicalJson({ '😀': 1, '€': 2, a: 3 })).toBe('{"a":3,"€":2,"😀":1}');
  });

  it('serialises numbers and strings as ECMAScript does (the RFC 8785 test vectors)', () => {
    expect(canonicalJson([1e21, 1e-7, 0.1, -0, 333333333.3333333, 'é\n"\u001f'])).toBe(
      '[1e+21,1e-7,0.1,0,333333333.3333333,"é\\n\\"\\u001f"]',
    );
  });

  it('normalises to what JSONB stores and refuses values JSON cannot carry', () => {
    expect(toJsonValue({ at: new Date('2026-11-22T01:02:03.004Z'), gone: undefined, list: [undefined] })).toEqual({
      at: '2026-11-22T01:02:03.004Z',
      list: [null],
    });
    expect(() => toJsonValue({ n: Number.NaN })).toThrow(NotJsonError);
    expect(() => toJsonValue({ big: 1n })).toThrow('$.big');
  });
});
