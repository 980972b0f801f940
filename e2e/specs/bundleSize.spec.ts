import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureClientBuild } from '../fixtures/ensureClientBuild.ts';
import { CLIENT_DIR } from '../fixtures/paths.ts';

// Weak connections: the notes route's initial JS stays within its budget and never carries the
// whiteboard, action-plan or export code (client/scripts/bundleSize.ts checks both on the build).
describe('client bundle', () => {
  it('keeps the notes route within 250 kB gzip of initial JavaScript', () => {
    ensureClientBuild();
    const output = execFileSync('pnpm', ['exec', 'tsx', path.join('scripts', 'bundleSize.ts')], {
      cwd: CLIENT_DIR,
      encoding: 'utf8',
    });
    expect(output).toMatch(/total: [\d.]+ kB gzip/);
    expect(output).not.toMatch(/FAIL/);
  });
});
