import { z } from 'zod';

// C0 and C1 controls except tab, line feed and carriage return, which multi-line text may hold.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\n\r\t\u2028\u2029]/;
// Embeddings, overrides and isolates reorder what surrounds them ("Trojan Source"); marks are fine.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Something a reader can see: not whitespace, not an invisible format character, not a control.
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}]/u;

/** Why `text` is not acceptable as user-written text, or null when it is. Empty text passes here. */
export function textProblem(text: string, multiline: boolean): string | null {
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (no lone surrogates)';
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (!multiline && LINE_BREAK.test(text)) return 'must be a single line (no line breaks or tabs)';
  if (BIDI_CONTROL.test(text)) return 'must not contain bidirectional override or isolate characters';
  if (text.length > 0 && !VISIBLE.test(text)) return 'must contain at least one visible character';
  return null;
}

/** A zod refinement applying `textProblem`, for text fields that keep their own shape (no trim). */
export const checked = (multiline: boolean) => (text: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(text, multiline);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** A trimmed, non-empty line of text such as a name or title. */
export const lineSchema = (max: number) => z.string().trim().min(1).max(max).superRefine(checked(false));

/** An optional line that may be empty (city, organisation). */
export const optionalLineSchema = (max: number) => z.string().trim().max(max).superRefine(checked(false));

/** Multi-line text (descriptions, comments): line breaks and tabs allowed, the other rules the same. */
export const multilineSchema = (max: number, min = 0) =>
  z.string().trim().min(min).max(max).superRefine(checked(true));
