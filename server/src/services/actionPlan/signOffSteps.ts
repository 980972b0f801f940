import {
  type ActionPlanSnapshot,
  hashActionPlan,
  onContentChanged,
  PlanStatus,
  proposePlan,
  readActionPlan,
  SIGNING_ROLES,
  type SignOffResult,
  type SignOffState,
  setPlanMeta,
} from '@weft/model';
import * as Y from 'yjs';
import { DomainErrorKind } from '../errors.ts';
import { matchParty } from './matchParty.ts';
import { PlanErrorReason, planError } from './planErrors.ts';

/** The plan's own parties, else the workspace's cities. */
export function partiesFor(plan: ActionPlanSnapshot, workspaceCities: readonly string[]): string[] {
  return plan.meta.parties.length > 0 ? plan.meta.parties : [...workspaceCities];
}

export interface ProposeStepInput {
  state: SignOffState;
  /** Hash of the live content before this step. */
  hash: string;
  doc: Y.Doc;
  userId: string;
  role: string;
  workspaceCities: readonly string[];
  /** Parties the proposer chose (workspace city names, two or more); default: the plan's or all cities. */
  chosenParties?: readonly string[] | undefined;
  /** The hash the proposer reviewed, if they sent one. */
  reviewedHash: string | undefined;
  at: string;
}

/**
 * draft → proposed. The chosen parties (else, for a plan without parties, the workspace cities) are
 * written into `meta.parties` first, so they are part of the signed content and printed in exports.
 */
export function proposeStep(input: ProposeStepInput): SignOffResult {
  const { state, doc } = input;
  if (input.reviewedHash !== undefined && input.reviewedHash !== input.hash) {
    return {
      ok: false,
      error: { code: 'stale_content', message: 'the plan changed since you loaded it; review it again' },
    };
  }
  // Refuse before writing anything: a viewer's failed proposal must not touch the plan.
  if (!(SIGNING_ROLES as readonly string[]).includes(input.role)) {
    return { ok: false, error: { code: 'forbidden_role', message: `a ${input.role} cannot propose a plan` } };
  }
  let contentHash = input.hash;
  const plan = readActionPlan(doc);
  const chosen = input.chosenParties;
  const parties =
    chosen && state.status === PlanStatus.draft ? [...chosen] : partiesFor(plan, input.workspaceCities);
  const differs =
    parties.length !== plan.meta.parties.length || parties.some((p, i) => plan.meta.parties[i] !== p);
  if (differs && parties.length > 0 && state.status === PlanStatus.draft) {
    setPlanMeta(doc, { parties });
    contentHash = hashActionPlan(readActionPlan(doc));
  }
  return proposePlan(onContentChanged(state, contentHash), {
    userId: input.userId,
    role: input.role,
    contentHash,
    parties,
    at: input.at,
  });
}

/** The party the caller signs or withdraws for: always their own city (`requested`, if sent, must be it). */
export function ownParty(state: SignOffState, userCity: string, requested: string | undefined): string {
  if (requested !== undefined && matchParty([userCity], requested) === null) {
    throw planError(
      DomainErrorKind.forbidden,
      PlanErrorReason.notYourCity,
      `You can only sign for the city you represent (${userCity || 'none in this workspace'}), not ${requested}`,
    );
  }
  if (!userCity.trim())
    throw planError(
      DomainErrorKind.forbidden,
      'not_a_party',
      'You do not represent a city in this workspace; choose yours on your profile page to sign for it',
    );
  const party = matchParty(state.parties, userCity);
  if (party === null && state.status !== PlanStatus.draft) {
    throw planError(
      DomainErrorKind.forbidden,
      'not_a_party',
      `Your city (${userCity}) is not a party to this plan (${state.parties.join(', ')})`,
    );
  }
  // In draft the machine answers "propose first", which says more than "not a party".
  return party ?? userCity;
}

/** The plan as it was: a throwaway Y.Doc built from a stored state. */
export function planOfState(state: Uint8Array): ActionPlanSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readActionPlan(doc);
  } finally {
    doc.destroy();
  }
}
