import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

// zxcvbn score 0–1 means fewer than 10^6 guesses: a listed common password, a keyboard walk, a
// repeat, or one of those with a few digits or symbols added.
const MIN_SCORE = 2;

let factory: Promise<ZxcvbnFactory> | null = null;

// Loaded and built on first use (the first sign-up or password change): the dictionaries take a
// few MB of heap that a server nobody signs up to never needs.
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }),
  );
  factory.catch(() => {
    factory = null;
  });
  return factory;
}

const comparable = (text: string) => text.normalize('NFC').trim().toLowerCase();

/** Why a new password is refused (a sentence for the person choosing it), or null when it is fine. */
export async function passwordProblem(
  password: string,
  account: { email: string; displayName: string },
): Promise<string | null> {
  const candidate = comparable(password);
  const email = comparable(account.email);
  const own = [email, email.split('@')[0] ?? '', comparable(account.displayName)].filter((s) => s.length > 0);
  if (own.includes(candidate)) return 'The password must not be your email address or your name.';
  const result = await (await estimator()).check(password, own);
  if (result.score < MIN_SCORE) {
    return 'This password is too common or too easy to guess (a well-known password, a keyboard pattern or a repeat). Try a longer phrase of a few unrelated words.';
  }
  return null;
}
