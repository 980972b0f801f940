import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordRules.ts';

const account = { email: 'anh.nguyen@example.org', displayName: 'Nguyễn Thị Ánh' };

describe('passwordProblem', () => {
  it('refuses common passwords and their usual variations', async () => {
    for (const p of ['password123', 'qwertyuiop', '1234567890', 'aaaaaaaaaa', 'P@ssw0rd123', 'iloveyou12']) {
      expect(await passwordProblem(p, account), p).toMatch(/too common/);
    }
  });

  it('refuses the email address, its name part and the display name, in any case', async () => {
    expect(await passwordProblem('ANH.NGUYEN@example.org', account)).toMatch(/email address or your name/);
    expect(await passwordProblem('anh.nguyen', account)).toMatch(/email address or your name/);
    expect(await passwordProblem('nguyễn thị ánh', account)).toMatch(/email address or your name/);
  });

  it('accepts long phrases in any script', async () => {
    for (const p of ['correct horse battery', 'mật khẩu rất dài', 'ZebraCorrectHorse-Ghent-2026']) {
      expect(await passwordProblem(p, account), p).toBeNull();
    }
  });
});
