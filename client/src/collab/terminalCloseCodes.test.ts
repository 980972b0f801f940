import { CloseCode } from '@weft/protocol';
import { describe, expect, it } from 'vitest';
import { isTerminalClose, TERMINAL_CLOSE_CODES } from './terminalCloseCodes.ts';

describe('terminal close codes', () => {
  it('match the protocol package value for value', () => {
    for (const [name, code] of Object.entries(TERMINAL_CLOSE_CODES)) {
      expect(CloseCode[name as keyof typeof CloseCode], name).toBe(code);
    }
  });

  it('retry drops, restarts, slow consumers and storage failures', () => {
    expect(isTerminalClose(CloseCode.forbidden)).toBe(true);
    expect(isTerminalClose(CloseCode.slowConsumer)).toBe(false);
    expect(isTerminalClose(CloseCode.goingAway)).toBe(false);
    expect(isTerminalClose(CloseCode.storageFailure)).toBe(false);
    expect(isTerminalClose(1006)).toBe(false);
  });
});
