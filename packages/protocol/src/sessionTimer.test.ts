import { describe, expect, it } from 'vitest';
import {
  applyTimerAction,
  readyTimer,
  remainingAt,
  type SessionTimer,
  type TimerAction,
  timerAt,
} from './sessionTimer.ts';

const MIN = 60_000;
const agenda = [{ minutes: 10 }, { minutes: 20 }, { minutes: 5 }];
const T0 = 1_800_000_000_000;

function act(timer: SessionTimer, action: TimerAction, now: number, items = agenda): SessionTimer {
  const result = applyTimerAction(timer, action, items, now);
  if (!result.ok) throw new Error(result.message);
  return result.timer;
}

describe('timerAt', () => {
  it('starts ready on the first item, pre-filled from its minutes', () => {
    expect(readyTimer(agenda)).toEqual({
      itemIndex: 0,
      status: 'ready',
      durationMs: 10 * MIN,
      endsAt: null,
      remainingMs: 10 * MIN,
      endedAt: null,
    });
    expect(readyTimer([]).durationMs).toBe(5 * MIN);
  });

  it('counts down while running and advances to the next item, ready, at zero', () => {
    const running = act(readyTimer(agenda), { action: 'start' }, T0);
    expect(running).toMatchObject({ status: 'running', endsAt: T0 + 10 * MIN, remainingMs: null });
    expect(remainingAt(timerAt(running, agenda, T0 + 4 * MIN), T0 + 4 * MIN)).toBe(6 * MIN);
    expect(timerAt(running, agenda, T0 + 10 * MIN - 1)).toBe(running);
    const advanced = timerAt(running, agenda, T0 + 10 * MIN);
    expect(advanced).toEqual({ ...readyTimer(agenda, 1), endedAt: T0 + 10 * MIN });
    // Only one step: the next item waits for the facilitator, however long nobody acts.
    expect(timerAt(running, agenda, T0 + 99 * MIN)).toEqual(advanced);
    expect(remainingAt(advanced, T0 + 99 * MIN)).toBe(20 * MIN);
  });

  it('walks several items and ends after the last one', () => {
    let timer = readyTimer(agenda);
    let now = T0;
    for (const [index, item] of agenda.entries()) {
      expect(timer.itemIndex).toBe(index);
      timer = act(timer, { action: 'start' }, now);
      now += item.minutes * MIN;
      timer = timerAt(timer, agenda, now);
    }
    expect(timer).toMatchObject({
      itemIndex: 2,
      status: 'ended',
      remainingMs: 0,
      endsAt: null,
      endedAt: now,
    });
    expect(remainingAt(timer, now + MIN)).toBe(0);
    // An empty agenda ends after its one default countdown.
    const solo = act(readyTimer([]), { action: 'start' }, T0, []);
    expect(timerAt(solo, [], T0 + 5 * MIN)).toMatchObject({ status: 'ended', itemIndex: 0 });
  });

  it('pause keeps what was left; resume counts from there; a paused timer never advances', () => {
    const running = act(readyTimer(agenda), { action: 'start' }, T0);
    const paused = act(running, { action: 'pause' }, T0 + 3 * MIN);
    expect(paused).toMatchObject({ status: 'paused', remainingMs: 7 * MIN, endsAt: null });
    expect(timerAt(paused, agenda, T0 + 60 * MIN)).toBe(paused);
    const resumed = act(paused, { action: 'resume' }, T0 + 30 * MIN);
    expect(resumed).toMatchObject({ status: 'running', endsAt: T0 + 37 * MIN });
    expect(timerAt(resumed, agenda, T0 + 37 * MIN).itemIndex).toBe(1);
  });

  it('extend adds minutes in every state', () => {
    const running = act(readyTimer(agenda), { action: 'start' }, T0);
    const longer = act(running, { action: 'extend', minutes: 3 }, T0 + MIN);
    expect(longer).toMatchObject({ endsAt: T0 + 13 * MIN, durationMs: 13 * MIN });
    expect(timerAt(longer, agenda, T0 + 12 * MIN).itemIndex).toBe(0);
    const paused = act(longer, { action: 'pause' }, T0 + 4 * MIN);
    expect(act(paused, { action: 'extend', minutes: 2 }, T0 + 5 * MIN).remainingMs).toBe(11 * MIN);
    expect(act(readyTimer(agenda), { action: 'extend', minutes: 1 }, T0).remainingMs).toBe(11 * MIN);
    // After the last item ended, extra minutes run at once.
    const last = act(readyTimer(agenda, 2), { action: 'start' }, T0);
    const overtime = act(last, { action: 'extend', minutes: 2 }, T0 + 6 * MIN);
    expect(overtime).toMatchObject({ status: 'running', itemIndex: 2, endsAt: T0 + 8 * MIN });
  });

  it('an action applies to the effective state: pausing after zero is refused, the next item starts', () => {
    const running = act(readyTimer(agenda), { action: 'start' }, T0);
    const late = applyTimerAction(running, { action: 'pause' }, agenda, T0 + 11 * MIN);
    expect(late).toMatchObject({ ok: false, problem: 'conflict' });
    const second = act(running, { action: 'start' }, T0 + 11 * MIN);
    expect(second).toMatchObject({ itemIndex: 1, status: 'running', endsAt: T0 + 31 * MIN, endedAt: null });
  });

  it('start may set its own minutes; goto, next, previous and reset pre-fill from the agenda', () => {
    expect(act(readyTimer(agenda), { action: 'start', minutes: 2 }, T0)).toMatchObject({
      durationMs: 2 * MIN,
      endsAt: T0 + 2 * MIN,
    });
    const running = act(readyTimer(agenda), { action: 'start' }, T0);
    expect(act(running, { action: 'next' }, T0 + MIN)).toEqual(readyTimer(agenda, 1));
    expect(act(readyTimer(agenda, 2), { action: 'previous' }, T0)).toEqual(readyTimer(agenda, 1));
    expect(act(running, { action: 'goto', index: 2 }, T0)).toEqual(readyTimer(agenda, 2));
    expect(act(running, { action: 'reset' }, T0 + MIN)).toEqual(readyTimer(agenda, 0));
  });

  it('refuses what the state does not allow', () => {
    const ready = readyTimer(agenda);
    expect(applyTimerAction(ready, { action: 'pause' }, agenda, T0)).toMatchObject({ problem: 'conflict' });
    expect(applyTimerAction(ready, { action: 'resume' }, agenda, T0)).toMatchObject({ problem: 'conflict' });
    expect(applyTimerAction(ready, { action: 'previous' }, agenda, T0)).toMatchObject({
      problem: 'conflict',
    });
    expect(applyTimerAction(readyTimer(agenda, 2), { action: 'next' }, agenda, T0)).toMatchObject({
      problem: 'conflict',
    });
    expect(applyTimerAction(ready, { action: 'goto', index: 3 }, agenda, T0)).toMatchObject({
      problem: 'invalid',
    });
    const running = act(ready, { action: 'start' }, T0);
    expect(applyTimerAction(running, { action: 'start' }, agenda, T0)).toMatchObject({ problem: 'conflict' });
  });

  it('an index past a shortened agenda falls back to its last item', () => {
    const onThird = act(readyTimer(agenda, 2), { action: 'start' }, T0);
    expect(timerAt(onThird, agenda.slice(0, 2), T0)).toEqual(readyTimer(agenda, 1));
  });
});
