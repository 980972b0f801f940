import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, readUnsubscribeToken } from './unsubscribeToken.ts';

describe('unsubscribe tokens', () => {
  it('read back what they were made with, and only with the same secret', () => {
    const token = createUnsubscribeToken('s1', { userId: 'u:1', scope: 'digest' });
    expect(readUnsubscribeToken('s1', token)).toEqual({ userId: 'u:1', scope: 'digest' });
    expect(readUnsubscribeToken('s2', token)).toBeNull();
  });

  it('refuse a changed claim or garbage', () => {
    const token = createUnsubscribeToken('s1', { userId: 'u1', scope: 'digest' });
    const [, mac] = token.split('.');
    const forged = `${Buffer.from('u1:all').toString('base64url')}.${mac}`;
    expect(readUnsubscribeToken('s1', forged)).toBeNull();
    expect(readUnsubscribeToken('s1', 'nonsense')).toBeNull();
    expect(readUnsubscribeToken('s1', '')).toBeNull();
  });
});
