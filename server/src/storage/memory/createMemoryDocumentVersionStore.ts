import type {
  AttendanceRecord,
  DocumentVersionRecord,
  DocumentVersionStore,
  DocumentVersionSummary,
  SessionEndRecord,
} from '../DocumentVersionStore.ts';

/** Versions in memory, for tests and tools; copies the bytes so callers cannot change a version. */
export function createMemoryDocumentVersionStore(): DocumentVersionStore {
  const versions: DocumentVersionRecord[] = [];
  const ends = new Map<string, SessionEndRecord>();
  const attended: AttendanceRecord[] = [];
  const seen = (sessionId: string, userId: string) =>
    attended.find((a) => a.sessionId === sessionId && a.userId === userId);
  const summary = ({ state, ...rest }: DocumentVersionRecord): DocumentVersionSummary => ({
    ...rest,
    stateBytes: state.byteLength,
  });
  const newestFirst = (documentId: string) =>
    versions
      .map((v, order) => ({ v, order }))
      .filter(({ v }) => v.documentId === documentId)
      .sort((a, b) => b.v.createdAt - a.v.createdAt || b.order - a.order)
      .map(({ v }) => v);
  return {
    async add(version) {
      if (versions.some((v) => v.id === version.id)) throw new Error(`version ${version.id} exists`);
      versions.push({ ...version, state: version.state.slice() });
      return summary(version);
    },
    async list(documentId) {
      return newestFirst(documentId).map(summary);
    },
    async get(documentId, versionId) {
      const v = versions.find((x) => x.id === versionId && x.documentId === documentId);
      return v ? { ...v, state: v.state.slice() } : null;
    },
    async latest(documentId, kind) {
      const v = newestFirst(documentId).find((x) => x.kind === kind);
      return v ? summary(v) : null;
    },
    async removeAuto(documentId, versionIds) {
      const ids = new Set(versionIds);
      let removed = 0;
      for (let i = versions.length - 1; i >= 0; i--) {
        const v = versions[i];
        if (v && v.documentId === documentId && v.kind === 'auto' && ids.has(v.id)) {
          versions.splice(i, 1);
          removed++;
        }
      }
      return removed;
    },
    async listBySession(sessionId) {
      return versions
        .map((v, order) => ({ v, order }))
        .filter(({ v }) => v.sessionId === sessionId)
        .sort((a, b) => a.v.createdAt - b.v.createdAt || a.order - b.order)
        .map(({ v }) => summary(v));
    },
    async endSession(end) {
      if (ends.has(end.sessionId)) return false;
      ends.set(end.sessionId, { ...end });
      return true;
    },
    async sessionEnd(sessionId) {
      const end = ends.get(sessionId);
      return end ? { ...end } : null;
    },
    async recordJoin(sessionId, userId, name, at) {
      const known = seen(sessionId, userId);
      if (known) Object.assign(known, { name, leftAt: null });
      else attended.push({ sessionId, userId, name, joinedAt: at, leftAt: null });
    },
    async recordLeave(sessionId, userId, at) {
      const known = seen(sessionId, userId);
      if (known) known.leftAt = at;
    },
    async attendance(sessionId) {
      return attended
        .filter((a) => a.sessionId === sessionId)
        .sort((a, b) => a.joinedAt - b.joinedAt || (a.userId < b.userId ? -1 : 1))
        .map((a) => ({ ...a }));
    },
  };
}
