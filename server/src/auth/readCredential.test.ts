import { describe, expect, it } from 'vitest';
import { readCookie, readCredential } from './readCredential.ts';

describe('readCredential', () => {
  it('prefers the Authorization header over the cookie and the query token', () => {
    expect(readCredential({ authorization: 'Bearer wft_abc', cookie: 'weft_session=s' }, 'wft_q')).toEqual({
      kind: 'bearer',
      secret: 'wft_abc',
    });
  });

  it('reads ?token= before the cookie, and the cookie last', () => {
    expect(readCredential({ cookie: 'weft_session=s' }, 'wft_q')).toEqual({
      kind: 'bearer',
      secret: 'wft_q',
    });
    expect(readCredential({ cookie: 'a=1; weft_session=s2; b=2' })).toEqual({
      kind: 'session',
      secret: 's2',
    });
    expect(readCredential({})).toBeNull();
  });

  it('reports a malformed Authorization header rather than falling back to the cookie', () => {
    expect(readCredential({ authorization: 'Basic x', cookie: 'weft_session=s' })).toEqual({
      kind: 'malformed',
    });
    expect(readCredential({ authorization: 'Bearer ' })).toEqual({ kind: 'malformed' });
  });

  it('ignores empty and oversized cookies', () => {
    expect(readCookie('weft_session=', 'weft_session')).toBeNull();
    expect(readCookie(`weft_session=${'x'.repeat(600)}`, 'weft_session')).toBeNull();
    expect(readCookie('other=1', 'weft_session')).toBeNull();
  });
});
