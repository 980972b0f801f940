import type { User } from '../api/types.ts';

const KEY = 'weft.user';

/** The last signed-in user on this device, so the app opens offline. */
export function readCachedUser(): User | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed && 'email' in parsed) {
      return parsed as User;
    }
    return null;
  } catch {
    return null;
  }
}

export function rememberUser(user: User): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(user));
  } catch {
    // Storage may be unavailable (private mode); offline start then needs the network.
  }
}

export function forgetUser(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
