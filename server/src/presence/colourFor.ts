// Twelve colours that stay readable as cursor and avatar backgrounds on white.
const PALETTE = [
  '#d81b60',
  '#8e24aa',
  '#5e35b1',
  '#3949ab',
  '#1e88e5',
  '#00897b',
  '#43a047',
  '#7cb342',
  '#f4511e',
  '#6d4c41',
  '#546e7a',
  '#c0ca33',
] as const;

/** A stable colour per user id (FNV-1a hash), identical on every node and in every session. */
export function colourFor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length] ?? '#546e7a';
}
