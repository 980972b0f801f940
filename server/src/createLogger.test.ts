import { expect, it } from 'vitest';
import { createLogger } from './createLogger.ts';

it('redacts passwords, secrets and credential headers wherever they appear', () => {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  logger.info(
    {
      password: 'p1-clear',
      body: { password: 'p2-clear', email: 'a@example.org' },
      secret: 'wft_s1',
      token: { secret: 'wft_s2' },
      req: { headers: { cookie: 'weft_session=c1', authorization: 'Bearer wft_s3' } },
    },
    'sign-up',
  );
  const out = lines.join('');
  for (const clear of ['p1-clear', 'p2-clear', 'wft_s1', 'wft_s2', 'weft_session=c1', 'wft_s3']) {
    expect(out).not.toContain(clear);
  }
  expect(out).toContain('a@example.org');
  expect(out).toContain('[redacted]');
});
