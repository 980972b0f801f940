/** Devanagari, Devanagari Extended and Vedic Extensions. */
function isDevanagari(code: number): boolean {
  return (
    (code >= 0x0900 && code <= 0x097f) ||
    (code >= 0xa8e0 && code <= 0xa8ff) ||
    (code >= 0x1cd0 && code <= 0x1cff)
  );
}

// Spaces, punctuation, digits, joiners and combining marks belong to whatever run they are in.
const NEUTRAL = /[\s\p{P}\p{S}\p{N}\p{M}\u200c\u200d]/u;

/**
 * Splits text into Devanagari and non-Devanagari runs. fontkit picks one OpenType script per
 * string from its first letter, so a mixed line shaped in one go would lose Devanagari
 * conjuncts and matra placement; shaping each run on its own keeps both scripts right.
 */
export function scriptRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  let currentDeva: boolean | null = null;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const neutral = NEUTRAL.test(char) && !isDevanagari(code);
    if (neutral || currentDeva === null) {
      current += char;
      if (!neutral) currentDeva = isDevanagari(code);
      continue;
    }
    const deva = isDevanagari(code);
    if (deva === currentDeva) {
      current += char;
    } else {
      runs.push(current);
      current = char;
      currentDeva = deva;
    }
  }
  if (current) runs.push(current);
  return runs;
}
