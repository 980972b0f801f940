import { randomBytes } from 'node:crypto';
import { isVoteTarget, readActionPlan, readShape, ShapeType, WHITEBOARD_SHAPES } from '@weft/model';
import { type CreateVoteRequest, Role, type Vote, VoteStatus } from '@weft/protocol';
import type { ExchangeSessionStore } from '../../storage/ExchangeSessionStore.ts';
import type { UserStore } from '../../storage/UserStore.ts';
import type { DotOutcome, VoteRecord, VoteStore } from '../../storage/VoteStore.ts';
import type { DocumentService } from '../DocumentService.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { LiveDocuments } from '../LiveDocuments.ts';
import { voteView } from './voteView.ts';

export interface VoteServiceOptions {
  store: VoteStore;
  documents: DocumentService;
  sessions: ExchangeSessionStore;
  users: Pick<UserStore, 'findByIds'>;
  /** Targets are checked against the board as its editors see it now. */
  live: LiveDocuments;
  now: () => number;
}

/** A vote changed (opened, dot cast or taken back, revealed, closed, deleted). */
export interface VoteChangeEvent {
  workspaceId: string;
  documentId: string;
  voteId: string;
}

/**
 * Dot votes on a whiteboard's stickies (or an action plan's items). Facilitators run them (open, reveal, close, delete);
 * members from commenter up place dots. The store enforces the dots per person.
 */
export class VoteService {
  private readonly listeners = new Set<(event: VoteChangeEvent) => void>();

  constructor(private readonly opts: VoteServiceOptions) {}

  /** Pushed to the workspace as `votes:changed`; returns a function that unsubscribes. */
  subscribe(listener: (event: VoteChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(vote: VoteRecord): void {
    const event = { workspaceId: vote.workspaceId, documentId: vote.documentId, voteId: vote.id };
    for (const listener of this.listeners) listener(event);
  }

  async create(actorId: string, documentId: string, req: CreateVoteRequest): Promise<Vote> {
    const { document } = await this.opts.documents.get(actorId, documentId, Role.facilitator);
    if (document.type !== 'whiteboard' && document.type !== 'actionPlan')
      throw invalid('Dot votes run on whiteboards and action plans', [
        { path: 'documentId', message: `a ${document.type}, not a whiteboard or action plan` },
      ]);
    if (document.type === 'actionPlan' && req.area)
      throw invalid('A vote on an action plan takes all its items: it has no area', [
        { path: 'area', message: 'only whiteboard votes have an area' },
      ]);
    if (document.archived) throw conflict('This document is archived');
    const sessionId = req.sessionId ?? null;
    if (sessionId !== null) {
      const session = await this.opts.sessions.get(sessionId);
      if (session?.workspaceId !== document.workspaceId)
        throw invalid('No such session in this workspace', [
          { path: 'sessionId', message: 'unknown session' },
        ]);
    }
    const vote: VoteRecord = {
      // 96 random bits, URL-safe.
      id: randomBytes(12).toString('base64url'),
      workspaceId: document.workspaceId,
      documentId,
      sessionId,
      title: req.title,
      dotsPerPerson: req.dotsPerPerson,
      anonymous: req.anonymous,
      area: req.area ?? null,
      status: VoteStatus.open,
      createdAt: this.opts.now(),
      createdBy: actorId,
      revealedAt: null,
      closedAt: null,
    };
    await this.opts.store.create(vote);
    this.emit(vote);
    return this.view(vote, actorId);
  }

  /** Oldest first, each as the caller may see it. */
  async list(actorId: string, documentId: string): Promise<Vote[]> {
    await this.opts.documents.get(actorId, documentId);
    const votes = await this.opts.store.listByDocument(documentId);
    return Promise.all(votes.map((v) => this.view(v, actorId)));
  }

  async get(actorId: string, voteId: string): Promise<Vote> {
    const { vote } = await this.access(actorId, voteId, Role.viewer);
    return this.view(vote, actorId);
  }

  /** One more of the caller's dots on a sticky of the vote's area. */
  async castDot(actorId: string, voteId: string, targetId: string): Promise<Vote> {
    const { vote, document } = await this.access(actorId, voteId, Role.commenter);
    if (vote.status === VoteStatus.closed) throw closedError();
    if (document.type === 'actionPlan') await this.checkPlanItem(vote, targetId);
    else await this.checkTarget(vote, targetId);
    this.refused(vote, await this.opts.store.castDot(voteId, actorId, targetId, this.opts.now()));
    this.emit(vote);
    return this.view(vote, actorId);
  }

  /** Takes one of the caller's dots back off a target (which may since have been deleted). */
  async removeDot(actorId: string, voteId: string, targetId: string): Promise<Vote> {
    const { vote } = await this.access(actorId, voteId, Role.commenter);
    this.refused(vote, await this.opts.store.removeDot(voteId, actorId, targetId));
    this.emit(vote);
    return this.view(vote, actorId);
  }

  async reveal(actorId: string, voteId: string): Promise<Vote> {
    const { vote } = await this.access(actorId, voteId, Role.facilitator);
    if (vote.status === VoteStatus.closed) throw conflict('This vote is closed', { reason: 'closed' });
    if (vote.status === VoteStatus.revealed) return this.view(vote, actorId);
    return this.moveTo(vote, VoteStatus.revealed, actorId);
  }

  /** Ends voting; the result stays readable (and shown) for good. */
  async close(actorId: string, voteId: string): Promise<Vote> {
    const { vote } = await this.access(actorId, voteId, Role.facilitator);
    if (vote.status === VoteStatus.closed) return this.view(vote, actorId);
    return this.moveTo(vote, VoteStatus.closed, actorId);
  }

  async delete(actorId: string, voteId: string): Promise<void> {
    const { vote } = await this.access(actorId, voteId, Role.facilitator);
    if (!(await this.opts.store.delete(voteId))) throw notFound('No such vote');
    this.emit(vote);
  }

  private async moveTo(vote: VoteRecord, status: VoteStatus, actorId: string): Promise<Vote> {
    const updated = await this.opts.store.setStatus(vote.id, status, this.opts.now());
    if (!updated) throw notFound('No such vote');
    this.emit(updated);
    return this.view(updated, actorId);
  }

  private async access(actorId: string, voteId: string, atLeast: Role) {
    const vote = await this.opts.store.get(voteId);
    if (!vote) throw notFound('No such vote');
    const { document } = await this.opts.documents.get(actorId, vote.documentId, atLeast);
    if (atLeast !== Role.viewer && document.archived) throw conflict('This document is archived');
    return { vote, document };
  }

  /** The target must be a sticky on the live board, inside the vote's area when it has one. */
  private async checkTarget(vote: VoteRecord, targetId: string): Promise<void> {
    const doc = await this.opts.live.open(vote.documentId);
    const shape = readShape(targetId, doc.getMap(WHITEBOARD_SHAPES).get(targetId));
    const problem = !shape
      ? 'no shape with this id on the board'
      : shape.type !== ShapeType.sticky
        ? `a ${shape.type} shape, not a sticky`
        : !isVoteTarget(shape, vote.area)
          ? 'a sticky outside the vote’s area'
          : null;
    if (problem)
      throw invalid(`Dots go on the stickies of the vote: ${targetId} is ${problem}`, [
        { path: 'targetId', message: problem },
      ]);
  }

  /** On an action plan the targets are its items. */
  private async checkPlanItem(vote: VoteRecord, targetId: string): Promise<void> {
    const doc = await this.opts.live.open(vote.documentId);
    if (!readActionPlan(doc).items.some((item) => item.id === targetId))
      throw invalid(`Dots go on the plan's items: ${targetId} is no item of this plan`, [
        { path: 'targetId', message: 'no item with this id in the plan' },
      ]);
  }

  private refused(vote: VoteRecord, outcome: DotOutcome): void {
    if (outcome.ok) return;
    switch (outcome.reason) {
      case 'noVote':
        throw notFound('No such vote');
      case 'closed':
        throw closedError();
      case 'noDotsLeft':
        throw conflict(`You have placed all ${vote.dotsPerPerson} of your dots`, { reason: 'noDotsLeft' });
      case 'noDotOnTarget':
        throw conflict('You have no dot on this sticky', { reason: 'noDotOnTarget' });
    }
  }

  private async view(vote: VoteRecord, actorId: string): Promise<Vote> {
    const dots = await this.opts.store.dots(vote.id);
    const names = new Map<string, string>();
    if (!vote.anonymous && vote.status !== VoteStatus.open) {
      const users = await this.opts.users.findByIds([...new Set(dots.map((d) => d.userId))]);
      for (const u of users) names.set(u.id, u.displayName);
    }
    // An account deleted since keeps its dots; it just has no name to show.
    return voteView(vote, dots, actorId, (id) => names.get(id) ?? 'Former member');
  }
}

function closedError() {
  return conflict('This vote is closed', { reason: 'closed' });
}
