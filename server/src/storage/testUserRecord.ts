import type { UserRecord } from './UserStore.ts';

/** A valid user record for contract suites; ids and emails differ per call. */
export function testUserRecord(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = crypto.randomUUID();
  return {
    id,
    email: `${id}@example.org`,
    passwordHash: 'scrypt$10$8$3$c2FsdA$a2V5',
    displayName: 'Trần Thị Mai',
    city: 'Huế',
    organisation: 'Thừa Thiên Huế',
    language: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}
