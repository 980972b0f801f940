/** A same-site path to return to after login; anything else (another origin) goes home. */
export function safeNext(next: string | null, fallback = '/workspaces'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
