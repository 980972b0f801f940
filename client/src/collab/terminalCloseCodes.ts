// Mirrors CloseCode of @weft/protocol by value: importing that package here would pull zod into
// the notes chunk (its barrel builds schemas at load time). terminalCloseCodes.test.ts keeps them equal.
export const TERMINAL_CLOSE_CODES = {
  malformedMessage: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  documentTooLarge: 4413,
  invalidUpdate: 4422,
} as const;

/** Closes after which retrying cannot help; every other close (drops, restarts, 4408) reconnects. */
export function isTerminalClose(code: number): boolean {
  return (Object.values(TERMINAL_CLOSE_CODES) as number[]).includes(code);
}
