import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwordHash.ts';

describe('passwordHash', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('mật khẩu dài lắm', 10);
    const b = await hashPassword('mật khẩu dài lắm', 10);
    expect(a).not.toBe(b);
    expect(a).not.toContain('mật khẩu');
    expect(a).toMatch(/^scrypt\$10\$8\$3\$/);
    expect(await verifyPassword('mật khẩu dài lắm', a)).toBe(true);
    expect(await verifyPassword('mật khẩu dài lắm ', a)).toBe(false);
    expect(await verifyPassword('wrong', b)).toBe(false);
  });

  it('treats canonically equal Unicode spellings as the same password', async () => {
    const composed = 'Huế-password'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(await verifyPassword(decomposed, await hashPassword(composed, 10))).toBe(true);
  });

  it('rejects malformed or absurd stored hashes instead of throwing', async () => {
    for (const stored of [
      '',
      'plain',
      'scrypt$10$8$3$c2FsdA',
      'scrypt$99$8$3$c2FsdA$a2V5',
      'bcrypt$1$2$3$4$5',
    ]) {
      expect(await verifyPassword('x', stored)).toBe(false);
    }
  });
});
