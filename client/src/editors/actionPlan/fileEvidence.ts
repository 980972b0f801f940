const FILE_LINK = /^https?:\/\/[^/]+\/api\/files\/[A-Za-z0-9_-]+#(.+)$/;

/**
 * An attached workspace file as evidence: its absolute address (so exports of the plan list it as
 * a working link) with the file name after `#`, which the server ignores.
 */
export function fileEvidenceLink(origin: string, fileId: string, name: string): string {
  return `${origin}/api/files/${encodeURIComponent(fileId)}#${encodeURIComponent(name)}`;
}

/** The file name of an attached file's evidence link, or null for other links. */
export function attachedFileName(link: string): string | null {
  const m = FILE_LINK.exec(link);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
