import type { Language } from '@weft/protocol';

/** A user as stored; times are epoch milliseconds. */
export interface UserRecord {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  /** `scrypt$...`, never the password itself. */
  passwordHash: string;
  displayName: string;
  city: string;
  organisation: string;
  language: Language;
  timeZone: string;
  createdAt: number;
}

export type UserPatch = Partial<
  Pick<UserRecord, 'displayName' | 'city' | 'organisation' | 'language' | 'timeZone' | 'passwordHash'>
>;

/** Users. Every implementation runs `userStoreContract.ts`. */
export interface UserStore {
  /** False (and nothing stored) when the email is taken. */
  create(user: UserRecord): Promise<boolean>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  findByIds(ids: readonly string[]): Promise<UserRecord[]>;
  /** The updated user, or null when unknown. */
  update(id: string, patch: UserPatch): Promise<UserRecord | null>;
}
