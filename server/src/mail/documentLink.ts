const SEGMENT: Record<string, string> = { note: 'notes', actionPlan: 'plans', whiteboard: 'whiteboards' };

/** The client route of a document, optionally opening one comment thread. */
export function documentLink(
  doc: { id: string; workspaceId: string; type: string },
  threadId?: string | null,
): string {
  const base = `/workspaces/${encodeURIComponent(doc.workspaceId)}/${SEGMENT[doc.type] ?? 'notes'}/${encodeURIComponent(doc.id)}`;
  return threadId ? `${base}?thread=${encodeURIComponent(threadId)}` : base;
}
