import { randomBytes } from 'node:crypto';
import type { CommentThreadExport, ExportedFile, ExportFormat } from '@weft/export/formats';
import {
  ActionPlanError,
  type ActionPlanSnapshot,
  createSignOffState,
  diffPlans,
  hashActionPlan,
  onContentChanged,
  PlanStatus,
  readActionPlan,
  type SignOffResult,
  type SignOffState,
  signOffTrail,
  signPlan,
  withdraw,
  withdrawProposal,
} from '@weft/model';
import {
  ActivityType,
  type ImportPlanResponse,
  Language,
  type PlanVersionDiffResponse,
  type PlanVersionResponse,
  type ProposePlanRequest,
  Role,
  type SignOffResponse,
  type SignPlanRequest,
  type WithdrawSignatureRequest,
} from '@weft/protocol';
import * as Y from 'yjs';
import type { DocumentMetaRecord } from '../storage/DocumentMetaStore.ts';
import type { PlanVersionRecord, PlanVersionStore } from '../storage/PlanVersionStore.ts';
import type { WorkspaceRecord } from '../storage/WorkspaceStore.ts';
import type { AccountService } from './AccountService.ts';
import type { ActivityRecorder } from './ActivityService.ts';
import { applyCsvImport } from './actionPlan/applyCsvImport.ts';
import type { PlanExporter } from './actionPlan/createExportPool.ts';
import { type ExportNames, exportNames } from './actionPlan/exportNames.ts';
import { KeyedMutex } from './actionPlan/KeyedMutex.ts';
import { PlanErrorReason, planError, signOffError } from './actionPlan/planErrors.ts';
import { ownParty, partiesFor, planOfState, proposeStep } from './actionPlan/signOffSteps.ts';
import { signOffView, versionView } from './actionPlan/signOffView.ts';
import type { DocumentService } from './DocumentService.ts';
import { DomainError, DomainErrorKind, invalid, notFound } from './errors.ts';
import type { LiveDocuments } from './LiveDocuments.ts';
import type { WorkspaceService } from './WorkspaceService.ts';
import { requireCity } from './workspaceCities.ts';

const cityNames = (w: WorkspaceRecord) => w.cities.map((c) => c.name);

export interface ActionPlanServiceOptions {
  documents: DocumentService;
  workspaces: WorkspaceService;
  accounts: AccountService;
  store: PlanVersionStore;
  /** Live plans: read, changed, and waited on until that plan's changes are durable. */
  live: LiveDocuments;
  now: () => number;
  /** Renders files; `createExportPool()` keeps PDF/DOCX layout off the event loop. */
  exporter: PlanExporter;
  /** Open comment threads printed as the decision trail of an export (the comments service). */
  threadsForExport?: (
    userId: string,
    documentId: string,
    plan: ActionPlanSnapshot,
  ) => Promise<CommentThreadExport[]>;
  /** The workspace feed ("since your last visit"): proposals, signatures, agreements, imports. */
  activity?: ActivityRecorder;
}

/** At most this many CSV rows per import: applying rows to the live document runs on the main thread. */
export const MAX_IMPORT_ROWS = 1000;

export interface PlanExportOptions {
  /** An agreed version; the live draft when omitted. */
  versionId?: string | undefined;
  /** Language of the document; the requester's when omitted. */
  lang?: Language | undefined;
  /** The request's Accept-Language header, the last resort for the language. */
  acceptLanguage?: string | undefined;
}

/** The first language of an Accept-Language header that exports speak; English otherwise. */
export function fromAcceptLanguage(header: string | undefined): Language {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const known = Object.values(Language) as string[];
  const found = ranked.find((entry) => known.includes(entry.base));
  return (found?.base as Language | undefined) ?? Language.en;
}

export interface PlanExport extends ExportedFile {
  names: ExportNames;
}

interface PlanAccess {
  document: DocumentMetaRecord;
  workspace: WorkspaceRecord;
  role: Role;
  /** The workspace city the caller represents (its name), or '' when none. */
  city: string;
}

interface SignOffStep {
  access: PlanAccess;
  /** Runs with the reconciled state and live hash; no await inside, so the doc cannot change meanwhile. */
  step: (state: SignOffState, hash: string, doc: Y.Doc) => SignOffResult;
}

/**
 * Export, CSV import, sign-off and agreed versions of action plans. The live plan is read from
 * the loaded room, so exports and hashes see exactly what connected clients see. Sign-off state is
 * reconciled lazily with the live content: whenever it is read or changed, a proposal or agreement
 * whose hash differs from the live content falls back to draft (`onContentChanged`).
 */
/** A plan's sign-off changed (proposed, signed, withdrawn, cancelled, agreed). */
export interface SignOffChangeEvent {
  workspaceId: string;
  documentId: string;
  status: SignOffState['status'];
}
export type SignOffChangeListener = (event: SignOffChangeEvent) => void;

export class ActionPlanService {
  private readonly locks = new KeyedMutex();
  private readonly listeners = new Set<SignOffChangeListener>();

  /** Sign-off changes, pushed to the workspace as `signoff:changed`; returns a function that unsubscribes. */
  subscribe(listener: SignOffChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  constructor(private readonly opts: ActionPlanServiceOptions) {}

  /** 404 unknown, 403 not a member or below `atLeast`, 400 not an action plan. */
  async access(userId: string, documentId: string, atLeast: Role = Role.viewer): Promise<PlanAccess> {
    const { document } = await this.opts.documents.get(userId, documentId, atLeast);
    const { workspace, role, city } = await this.opts.workspaces.requireRole(
      userId,
      document.workspaceId,
      atLeast,
    );
    if (document.type !== 'actionPlan') {
      throw planError(
        DomainErrorKind.invalid,
        PlanErrorReason.notAnActionPlan,
        `This is a ${document.type}, not an action plan`,
      );
    }
    return { document, workspace, role, city: city?.name ?? '' };
  }

  async signOff(userId: string, documentId: string): Promise<SignOffResponse> {
    const access = await this.access(userId, documentId);
    return this.locks.run(documentId, async () => {
      const doc = await this.liveDoc(documentId);
      const stored = await this.loadSignOff(documentId);
      const hash = hashActionPlan(readActionPlan(doc));
      const state = onContentChanged(stored.state, hash);
      // Persist the fall-back to draft once it has been seen, so a later revert does not revive it.
      if (state !== stored.state) await this.opts.store.saveSignOff(documentId, state, stored.revision);
      return this.view(userId, access, state, hash, doc);
    });
  }

  async propose(userId: string, documentId: string, req: ProposePlanRequest): Promise<SignOffResponse> {
    const access = await this.access(userId, documentId);
    const chosen = req.parties?.map(
      (ref, i) => requireCity(access.workspace.cities, ref, `parties.${i}`).name,
    );
    if (chosen && new Set(chosen).size < 2) {
      throw invalid('A plan needs two or more different parties', [
        { path: 'parties', message: 'choose two or more different cities of the workspace' },
      ]);
    }
    return this.change(userId, documentId, {
      access,
      step: (state, hash, doc) =>
        proposeStep({
          state,
          hash,
          doc,
          userId,
          role: access.role,
          workspaceCities: cityNames(access.workspace),
          chosenParties: chosen && [...new Set(chosen)],
          reviewedHash: req.contentHash,
          at: new Date(this.opts.now()).toISOString(),
        }),
    });
  }

  async sign(userId: string, documentId: string, req: SignPlanRequest): Promise<SignOffResponse> {
    const access = await this.access(userId, documentId);
    const user = await this.opts.accounts.getUser(userId);
    return this.change(userId, documentId, {
      access,
      step: (state) => {
        const party = ownParty(state, access.city, req.city);
        return signPlan(state, {
          userId,
          displayName: user.displayName,
          city: party,
          role: access.role,
          contentHash: req.contentHash,
          at: new Date(this.opts.now()).toISOString(),
          timeZone: user.timeZone || 'UTC',
          versionName: `Agreed v${state.versions.length + 1} — ${new Date(this.opts.now()).toISOString().slice(0, 10)}`,
        });
      },
    });
  }

  async withdraw(
    userId: string,
    documentId: string,
    req: WithdrawSignatureRequest,
  ): Promise<SignOffResponse> {
    const access = await this.access(userId, documentId);
    return this.change(userId, documentId, {
      access,
      step: (state) =>
        withdraw(state, {
          userId,
          city: ownParty(state, access.city, req.city),
          role: access.role,
          at: new Date(this.opts.now()).toISOString(),
        }),
    });
  }

  async cancel(userId: string, documentId: string): Promise<SignOffResponse> {
    const access = await this.access(userId, documentId);
    return this.change(userId, documentId, {
      access,
      step: (state) => withdrawProposal(state, { role: access.role }),
    });
  }

  async version(userId: string, documentId: string, versionId: string): Promise<PlanVersionResponse> {
    await this.access(userId, documentId);
    const version = await this.requireVersion(documentId, versionId);
    return { version: versionView(version), plan: planOfState(version.state) };
  }

  async diff(userId: string, documentId: string, versionId: string): Promise<PlanVersionDiffResponse> {
    await this.access(userId, documentId);
    const version = await this.requireVersion(documentId, versionId);
    const current = readActionPlan(await this.liveDoc(documentId));
    const diff = diffPlans(planOfState(version.state), current);
    return { version: versionView(version), contentHash: hashActionPlan(current), diff: { ...diff } };
  }

  /**
   * The live plan, or an agreed version with its own signers when `versionId` is given, in
   * `lang`, else the requester's saved language (Accept-Language only for an unknown user).
   */
  async exportPlan(
    userId: string,
    documentId: string,
    format: ExportFormat,
    options: PlanExportOptions = {},
  ): Promise<PlanExport> {
    const { versionId } = options;
    const { document } = await this.access(userId, documentId);
    const lang =
      options.lang ?? (await this.savedLanguage(userId)) ?? fromAcceptLanguage(options.acceptLanguage);
    let plan: ActionPlanSnapshot;
    let trail: ReturnType<typeof signOffTrail>;
    let versionNumber: number | null = null;
    if (versionId !== undefined) {
      const version = await this.requireVersion(documentId, versionId);
      plan = planOfState(version.state);
      versionNumber = version.number;
      trail = {
        status: PlanStatus.agreed,
        versionName: version.name,
        agreedAt: version.agreedAt,
        signatures: version.signatures,
      };
    } else {
      plan = readActionPlan(await this.liveDoc(documentId));
      const stored = await this.loadSignOff(documentId);
      const hash = hashActionPlan(plan);
      trail = signOffTrail(onContentChanged(stored.state, hash), hash);
    }
    // A plan whose title nobody set yet is printed under the document's title.
    const titled = { ...plan, meta: { ...plan.meta, title: plan.meta.title || document.title } };
    const threads = (await this.opts.threadsForExport?.(userId, documentId, titled)) ?? [];
    const file = await this.opts.exporter.run(format, { plan: titled, signOff: trail, threads, lang });
    return { ...file, names: exportNames(titled.meta.title, titled.meta.version, format, versionNumber) };
  }

  private async savedLanguage(userId: string): Promise<Language | null> {
    try {
      return (await this.opts.accounts.getUser(userId)).language;
    } catch (err) {
      if (err instanceof DomainError && err.kind === DomainErrorKind.notFound) return null;
      throw err;
    }
  }

  /** Checked before the upload is read: editors and facilitators of a live action plan only. */
  async assertCanImport(userId: string, documentId: string): Promise<void> {
    const { document } = await this.access(userId, documentId, Role.editor);
    if (document.archived)
      throw planError(DomainErrorKind.conflict, PlanErrorReason.archived, 'This document is archived');
  }

  /** Validates the whole CSV, then appends new rows and updates rows whose id exists. */
  async importCsv(userId: string, documentId: string, body: Uint8Array): Promise<ImportPlanResponse> {
    await this.assertCanImport(userId, documentId);
    // The CSV reader (csv-parse) is loaded by the first import, not by every server at start.
    const { importActionPlanCsv } = await import('@weft/export');
    const parsed = importActionPlanCsv(body, { maxRows: MAX_IMPORT_ROWS });
    if (!parsed.ok) {
      const count = parsed.errors.length;
      throw invalid(
        `The CSV has ${count} problem${count === 1 ? '' : 's'}; nothing was imported`,
        parsed.errors,
      );
    }
    let outcome: { created: number; updated: number; contentHash: string };
    try {
      outcome = await this.opts.live.transact(documentId, (doc) => ({
        ...applyCsvImport(doc, parsed.items),
        contentHash: hashActionPlan(readActionPlan(doc)),
      }));
    } catch (err) {
      if (err instanceof ActionPlanError) {
        throw invalid(`${err.message}; nothing was imported`, [
          { row: 0, column: null, reason: err.message },
        ]);
      }
      throw err;
    }
    return { imported: outcome.created + outcome.updated, ...outcome };
  }

  private async change(userId: string, documentId: string, op: SignOffStep): Promise<SignOffResponse> {
    if (op.access.document.archived) {
      throw planError(DomainErrorKind.conflict, PlanErrorReason.archived, 'This document is archived');
    }
    return this.locks.run(documentId, async () => {
      const doc = await this.liveDoc(documentId);
      const stored = await this.loadSignOff(documentId);
      // From here to the save nothing awaits, so the hash, the step and the encoded state agree.
      const hashBefore = hashActionPlan(readActionPlan(doc));
      const result = op.step(onContentChanged(stored.state, hashBefore), hashBefore, doc);
      if (!result.ok) throw signOffError(result.error);
      let version: PlanVersionRecord | undefined;
      if (result.agreed) {
        version = {
          id: randomBytes(12).toString('base64url'),
          documentId,
          number: result.agreed.number,
          name: result.agreed.name,
          contentHash: result.agreed.contentHash,
          signatures: result.agreed.signatures,
          agreedAt: result.agreed.agreedAt,
          createdAt: this.opts.now(),
          state: Y.encodeStateAsUpdate(doc),
        };
      }
      const hash = hashActionPlan(readActionPlan(doc));
      const saved = await this.opts.store.saveSignOff(documentId, result.state, stored.revision, version);
      if (saved === null) {
        throw planError(
          DomainErrorKind.conflict,
          PlanErrorReason.concurrentUpdate,
          'Someone else changed the sign-off at the same moment; reload and try again',
        );
      }
      if (hash !== hashBefore) await this.opts.live.durable(documentId);
      const event = { workspaceId: op.access.workspace.id, documentId, status: result.state.status };
      for (const listener of this.listeners) listener(event);
      await this.opts.activity?.record({
        workspaceId: op.access.workspace.id,
        type: ActivityType.planSignedOff,
        actorId: userId,
        documentId,
        summary: version ? `${version.name}` : `${result.state.status}`,
      });
      return this.view(userId, op.access, result.state, hash, doc);
    });
  }

  private async view(
    _userId: string,
    access: PlanAccess,
    state: SignOffState,
    hash: string,
    doc: Y.Doc,
  ): Promise<SignOffResponse> {
    const versions = await this.opts.store.listVersions(access.document.id);
    return signOffView({
      state,
      contentHash: hash,
      draftParties: partiesFor(readActionPlan(doc), cityNames(access.workspace)),
      workspaceCities: cityNames(access.workspace),
      versions,
      role: access.role,
      userCity: access.city,
      archived: access.document.archived,
    });
  }

  private async liveDoc(documentId: string): Promise<Y.Doc> {
    return this.opts.live.open(documentId);
  }

  private async loadSignOff(documentId: string): Promise<{ state: SignOffState; revision: number }> {
    return (await this.opts.store.getSignOff(documentId)) ?? { state: createSignOffState(), revision: 0 };
  }

  private async requireVersion(documentId: string, versionId: string): Promise<PlanVersionRecord> {
    const version = await this.opts.store.getVersion(documentId, versionId);
    if (!version) throw notFound('No such version of this plan');
    return version;
  }
}
