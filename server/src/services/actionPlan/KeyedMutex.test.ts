import { expect, it } from 'vitest';
import { KeyedMutex } from './KeyedMutex.ts';

it('runs tasks of one key in order and keeps going after a failure', async () => {
  const mutex = new KeyedMutex();
  const log: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = mutex.run('a', async () => {
    log.push('a1 start');
    await gate;
    log.push('a1 end');
    throw new Error('boom');
  });
  const second = mutex.run('a', async () => {
    log.push('a2');
    return 2;
  });
  const other = mutex.run('b', async () => {
    log.push('b1');
    return 1;
  });
  await other;
  expect(log).toEqual(['a1 start', 'b1']);
  release();
  await expect(first).rejects.toThrow('boom');
  expect(await second).toBe(2);
  expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
});
