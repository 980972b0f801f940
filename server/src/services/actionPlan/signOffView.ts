import { isSignatureValid, PlanStatus, SIGNING_ROLES, type SignOffState, signOffTrail } from '@weft/model';
import type { PlanVersionView, Role, SignOffResponse } from '@weft/protocol';
import type { PlanVersionSummary } from '../../storage/PlanVersionStore.ts';
import { matchParty } from './matchParty.ts';

export interface SignOffViewInput {
  state: SignOffState;
  /** Hash of the live content. */
  contentHash: string;
  /** Parties a proposal would use now (plan `meta.parties`, else the workspace cities). */
  draftParties: string[];
  /** Names of every workspace city. */
  workspaceCities: string[];
  versions: PlanVersionSummary[];
  role: Role;
  userCity: string;
  archived: boolean;
}

export function versionView(v: PlanVersionSummary): PlanVersionView {
  return {
    id: v.id,
    number: v.number,
    name: v.name,
    contentHash: v.contentHash,
    signatures: v.signatures,
    agreedAt: v.agreedAt,
    createdAt: new Date(v.createdAt).toISOString(),
  };
}

/** Everything a sign-off panel shows, including what the caller may do next and why not. */
export function signOffView(input: SignOffViewInput): SignOffResponse {
  const { state, contentHash } = input;
  const parties = state.status === PlanStatus.draft ? input.draftParties : state.parties;
  const validSignatures = state.signatures.filter((s) => isSignatureValid(s, contentHash));
  const signedParties = parties.filter((p) => validSignatures.some((s) => s.city === p));
  const pendingParties =
    state.status === PlanStatus.proposed ? parties.filter((p) => !signedParties.includes(p)) : [];
  const latest = input.versions.at(-1) ?? null;
  const party = matchParty(parties, input.userCity);
  const signer = (SIGNING_ROLES as readonly string[]).includes(input.role);
  const live = signer && !input.archived;

  let signBlockedReason: string | null = null;
  if (!signer) signBlockedReason = `a ${input.role} cannot sign; only editors and facilitators can`;
  else if (input.archived) signBlockedReason = 'the document is archived';
  else if (state.status !== PlanStatus.proposed) {
    signBlockedReason =
      state.status === PlanStatus.draft ? 'the plan has to be proposed first' : 'the plan is already agreed';
  } else if (!input.userCity.trim()) signBlockedReason = 'set your city in your profile to sign for it';
  else if (!party) signBlockedReason = `your city (${input.userCity}) is not a party to this plan`;
  else if (signedParties.includes(party)) signBlockedReason = `${party} has already signed`;

  return {
    status: state.status,
    contentHash,
    parties,
    workspaceCities: input.workspaceCities,
    signedParties,
    pendingParties,
    validSignatures,
    proposedBy: state.proposedBy,
    proposedAt: state.proposedAt,
    trail: signOffTrail(state, contentHash),
    latestVersion: latest ? versionView(latest) : null,
    changedSinceAgreed: latest ? latest.contentHash !== contentHash : null,
    state: { ...state },
    you: {
      role: input.role,
      city: input.userCity,
      party,
      canPropose: live && state.status === PlanStatus.draft && parties.length > 0,
      canSign: signBlockedReason === null,
      canWithdraw:
        live && state.status === PlanStatus.proposed && party !== null && signedParties.includes(party),
      canCancel: live && state.status === PlanStatus.proposed,
      canImport: live,
      signBlockedReason,
    },
  };
}
