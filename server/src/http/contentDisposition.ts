/**
 * `attachment` with an ASCII `filename` for old clients and an RFC 5987 `filename*` carrying the
 * full Unicode name (Vietnamese titles keep their diacritics when saved).
 */
export function contentDisposition(asciiName: string, unicodeName: string): string {
  const ascii = asciiName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(unicodeName)}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char set. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
