import { CONTENT_TYPES } from '@weft/export/formats';
import { type ActionPlanSnapshot, diffPlans, getNoteFragment, readActionPlan } from '@weft/model';
import * as Y from 'yjs';
import type { DocumentVersionStore } from '../storage/DocumentVersionStore.ts';
import type { PlanVersionStore } from '../storage/PlanVersionStore.ts';
import type { PlanExporter } from './actionPlan/createExportPool.ts';
import type { DocumentService } from './DocumentService.ts';
import type { ExchangeSessionService } from './ExchangeSessionService.ts';
import { conflict } from './errors.ts';
import {
  buildMinutes,
  type MinutesInput,
  type MinutesLanguage,
  minutesMarkdown,
} from './versions/buildMinutes.ts';
import { noteToMarkdown } from './versions/noteToMarkdown.ts';
import type { VersionFile } from './versions/renderVersion.ts';
import { versionFileNames } from './versions/versionViews.ts';

export interface SessionMinutesOptions {
  sessions: ExchangeSessionService;
  documents: DocumentService;
  store: DocumentVersionStore;
  planVersions: PlanVersionStore;
  /** Renders the PDF and DOCX minutes in the export workers, as plan exports are. */
  exporter: PlanExporter;
}

export type MinutesFormat = 'md' | 'pdf' | 'docx';

const EMPTY_PLAN: ActionPlanSnapshot = { meta: { title: '', parties: [], version: '' }, items: [] };

function stateToDoc<T>(state: Uint8Array, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Minutes of an ended exchange session: agenda, attendance, the linked notes as recorded at the
 * end, action items created or changed during it, and the sign-offs made in it.
 */
export class SessionMinutesService {
  constructor(private readonly opts: SessionMinutesOptions) {}

  async minutes(
    userId: string,
    sessionId: string,
    format: MinutesFormat,
    language: MinutesLanguage,
  ): Promise<VersionFile> {
    const { session } = await this.opts.sessions.get(userId, sessionId);
    const end = await this.opts.store.sessionEnd(sessionId);
    if (!end) throw conflict('The minutes exist once the session has ended');
    const within = (at: number) => at >= session.startsAt && at <= end.endedAt;
    const input: MinutesInput = {
      language,
      title: session.title,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      endedAt: end.endedAt,
      agenda: session.agenda,
      attendance: await this.opts.store.attendance(sessionId),
      notes: [],
      actions: [],
      signatures: [],
      agreements: [],
    };
    const notes: { title: string; lines: string[] }[] = [];
    const actions: MinutesInput['actions'][number][] = [];
    const signatures: MinutesInput['signatures'][number][] = [];
    const agreements: MinutesInput['agreements'][number][] = [];
    for (const record of await this.opts.store.listBySession(sessionId)) {
      const access = await this.opts.documents.get(userId, record.documentId).catch(() => null);
      const version = access && (await this.opts.store.get(record.documentId, record.id));
      if (!access || !version) continue;
      const { document } = access;
      if (document.type === 'note') {
        const md = stateToDoc(version.state, (doc) => noteToMarkdown(document.title, getNoteFragment(doc)));
        notes.push({ title: document.title, lines: md.split('\n').slice(1) });
      } else if (document.type === 'actionPlan') {
        const after = stateToDoc(version.state, readActionPlan);
        const diff = diffPlans(await this.planBefore(document.id, session.startsAt), after);
        actions.push({
          plan: document.title,
          created: diff.added.map((i) => i.title),
          changed: diff.changed.map((i) => i.title),
        });
        const signOff = await this.opts.planVersions.getSignOff(document.id);
        const agreed = await this.opts.planVersions.listVersions(document.id);
        const seen = new Set<string>();
        for (const s of [...(signOff?.state.signatures ?? []), ...agreed.flatMap((v) => v.signatures)]) {
          const key = `${s.userId}|${s.city}|${s.at}`;
          if (seen.has(key) || !within(Date.parse(s.at))) continue;
          seen.add(key);
          signatures.push({ plan: document.title, name: s.displayName ?? '', city: s.city, at: s.at });
        }
        for (const v of agreed) {
          if (within(Date.parse(v.agreedAt)))
            agreements.push({ plan: document.title, version: v.name, at: v.agreedAt });
        }
      }
    }
    const built = buildMinutes({ ...input, notes, actions, signatures, agreements });
    const names = versionFileNames(session.title, built.title.split(':')[0] ?? 'Minutes', format);
    if (format === 'md') {
      return {
        body: new TextEncoder().encode(minutesMarkdown(built)),
        contentType: 'text/markdown; charset=utf-8',
        names,
      };
    }
    // Rendered in a worker thread: the PDF and DOCX writers never enter the server's heap, and a
    // long document does not hold up the event loop.
    const body = await this.opts.exporter.renderDocument(format, { document: built, lang: input.language });
    return { body, contentType: CONTENT_TYPES[format], names };
  }

  /** The plan as it was when the session started: its newest version from before, else empty. */
  private async planBefore(documentId: string, startsAt: number): Promise<ActionPlanSnapshot> {
    const earlier = (await this.opts.store.list(documentId)).find((v) => v.createdAt < startsAt);
    const agreed = (await this.opts.planVersions.listVersions(documentId))
      .filter((v) => v.createdAt < startsAt)
      .at(-1);
    const pick =
      earlier && (!agreed || earlier.createdAt >= agreed.createdAt)
        ? await this.opts.store.get(documentId, earlier.id)
        : agreed
          ? await this.opts.planVersions.getVersion(documentId, agreed.id)
          : null;
    return pick ? stateToDoc(pick.state, readActionPlan) : EMPTY_PLAN;
  }
}
