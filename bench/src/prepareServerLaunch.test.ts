import { describe, expect, it } from 'vitest';
import { weftStartEnv, weftStartFlags } from './prepareServerLaunch.ts';

describe('weftStartFlags', () => {
  it('takes the node flags of the start script, so the bench runs Weft as pnpm start does', () => {
    expect(weftStartFlags('NODE_ENV=production node --max-semi-space-size=2 bundle/main.js')).toEqual([
      '--max-semi-space-size=2',
    ]);
    expect(weftStartFlags('node dist/main.js')).toEqual([]);
    expect(weftStartFlags()).toContain('--max-semi-space-size=2');
  });

  it('takes the variables the start script sets before node', () => {
    expect(
      weftStartEnv('NODE_ENV=production MALLOC_ARENA_MAX=2 node --max-semi-space-size=2 bundle/main.js'),
    ).toEqual({ NODE_ENV: 'production', MALLOC_ARENA_MAX: '2' });
    expect(weftStartEnv('node dist/main.js')).toEqual({});
  });

  it('refuses a start script it cannot read', () => {
    expect(() => weftStartFlags('tsx src/main.ts')).toThrow(/unexpected start script/);
  });
});
