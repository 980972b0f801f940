import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';

// zxcvbn score 0–1 means fewer than 10^6 guesses: a listed common password, a keyboard walk, a
// repeat, or one of those with a few digits or symbols added.
const MIN_SCORE = 2;

let factory: ZxcvbnFactory | null = null;

// Built on first use: loading the dictionaries takes a moment and nothing should run on import.
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
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
  const result = await estimator().check(password, own);
  if (result.score < MIN_SCORE) {
    return 'This password is too common or too easy to guess (a well-known password, a keyboard pattern or a repeat). Try a longer phrase of a few unrelated words.';
  }
  return null;
}
