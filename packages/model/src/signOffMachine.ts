import type { z } from 'zod';
import {
  type AgreedVersion,
  PlanStatus,
  type ProposeInput,
  proposeInputSchema,
  SIGNING_ROLES,
  type Signature,
  type SignInput,
  type SignOffRole,
  type SignOffState,
  signInputSchema,
  type WithdrawInput,
  withdrawInputSchema,
} from './signOffSchema.ts';

export const SignOffErrorCode = {
  invalidInput: 'invalid_input',
  /** Commenters and viewers may not propose, sign or withdraw. */
  forbiddenRole: 'forbidden_role',
  /** The city is not one of the parties the plan was proposed to. */
  notAParty: 'not_a_party',
  /** The action does not apply in the plan's current status. */
  wrongStatus: 'wrong_status',
  /** The signer saw different content from what was proposed. */
  staleContent: 'stale_content',
  alreadySigned: 'already_signed',
  notSigned: 'not_signed',
  noParties: 'no_parties',
} as const;
export type SignOffErrorCode = (typeof SignOffErrorCode)[keyof typeof SignOffErrorCode];

export interface SignOffError {
  code: SignOffErrorCode;
  message: string;
}

export type SignOffResult =
  | {
      ok: true;
      state: SignOffState /** Set when this step made the plan agreed. */;
      agreed: AgreedVersion | null;
    }
  | { ok: false; error: SignOffError };

function fail(code: SignOffErrorCode, message: string): SignOffResult {
  return { ok: false, error: { code, message } };
}

function ok(state: SignOffState, agreed: AgreedVersion | null = null): SignOffResult {
  return { ok: true, state, agreed };
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> | SignOffError {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return {
    code: SignOffErrorCode.invalidInput,
    message: `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`,
  };
}

function isError(value: unknown): value is SignOffError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

function canSign(role: string): role is SignOffRole {
  return (SIGNING_ROLES as readonly string[]).includes(role);
}

export function createSignOffState(): SignOffState {
  return {
    status: PlanStatus.draft,
    parties: [],
    contentHash: null,
    proposedBy: null,
    proposedAt: null,
    signatures: [],
    versions: [],
  };
}

/** draft → proposed: freezes the content hash every party will be asked to sign. */
export function proposePlan(state: SignOffState, input: ProposeInput): SignOffResult {
  const parsed = parse(proposeInputSchema, input);
  if (isError(parsed)) return { ok: false, error: parsed };
  if (!canSign(parsed.role))
    return fail(SignOffErrorCode.forbiddenRole, `a ${parsed.role} cannot propose a plan`);
  if (state.status !== PlanStatus.draft) {
    return fail(SignOffErrorCode.wrongStatus, `the plan is ${state.status}; only a draft can be proposed`);
  }
  const parties = [...new Set(parsed.parties)];
  if (parties.length === 0) return fail(SignOffErrorCode.noParties, 'a plan needs at least one party city');
  return ok({
    ...state,
    status: PlanStatus.proposed,
    parties,
    contentHash: parsed.contentHash,
    proposedBy: parsed.userId,
    proposedAt: parsed.at,
    signatures: [],
  });
}

/**
 * A member of a party city signs for that city. When the last party signs, the plan becomes
 * agreed and a new immutable version is returned in `agreed` for the caller to store together
 * with the encoded Y.Doc state.
 */
export function signPlan(state: SignOffState, input: SignInput): SignOffResult {
  const parsed = parse(signInputSchema, input);
  if (isError(parsed)) return { ok: false, error: parsed };
  const { versionName, role, ...rest } = parsed;
  if (!canSign(role)) return fail(SignOffErrorCode.forbiddenRole, `a ${role} cannot sign a plan`);
  if (state.status !== PlanStatus.proposed) {
    return fail(
      SignOffErrorCode.wrongStatus,
      state.status === PlanStatus.draft ? 'propose the plan before signing it' : 'the plan is already agreed',
    );
  }
  if (!state.parties.includes(rest.city)) {
    return fail(SignOffErrorCode.notAParty, `${rest.city} is not a party to this plan`);
  }
  if (rest.contentHash !== state.contentHash) {
    return fail(
      SignOffErrorCode.staleContent,
      'the plan changed since you loaded it; review it again before signing',
    );
  }
  if (state.signatures.some((signature) => signature.city === rest.city)) {
    return fail(SignOffErrorCode.alreadySigned, `${rest.city} has already signed`);
  }
  const signature: Signature = { ...rest, role };
  const signatures = [...state.signatures, signature];
  const complete = state.parties.every((party) =>
    signatures.some((s) => s.city === party && s.contentHash === state.contentHash),
  );
  if (!complete) return ok({ ...state, signatures });

  const number = state.versions.length + 1;
  const agreed: AgreedVersion = {
    number,
    name: versionName ?? `Version ${number}`,
    contentHash: rest.contentHash,
    signatures,
    agreedAt: rest.at,
  };
  return ok(
    { ...state, status: PlanStatus.agreed, signatures, versions: [...state.versions, agreed] },
    agreed,
  );
}

/** Takes back a city's signature while the plan is still proposed; agreed versions stay. */
export function withdraw(state: SignOffState, input: WithdrawInput): SignOffResult {
  const parsed = parse(withdrawInputSchema, input);
  if (isError(parsed)) return { ok: false, error: parsed };
  if (!canSign(parsed.role))
    return fail(SignOffErrorCode.forbiddenRole, `a ${parsed.role} cannot withdraw a signature`);
  if (state.status !== PlanStatus.proposed) {
    return fail(
      SignOffErrorCode.wrongStatus,
      `the plan is ${state.status}; only a proposed plan's signatures can be withdrawn`,
    );
  }
  if (!state.signatures.some((signature) => signature.city === parsed.city)) {
    return fail(SignOffErrorCode.notSigned, `${parsed.city} has not signed`);
  }
  return ok({ ...state, signatures: state.signatures.filter((signature) => signature.city !== parsed.city) });
}

/** proposed → draft on request: the proposal is dropped with any signatures it had. */
export function withdrawProposal(state: SignOffState, input: { role: string }): SignOffResult {
  if (!canSign(input.role))
    return fail(SignOffErrorCode.forbiddenRole, `a ${input.role} cannot withdraw a proposal`);
  if (state.status !== PlanStatus.proposed) {
    return fail(SignOffErrorCode.wrongStatus, `the plan is ${state.status}, not proposed`);
  }
  return ok({
    ...state,
    status: PlanStatus.draft,
    contentHash: null,
    proposedBy: null,
    proposedAt: null,
    signatures: [],
  });
}

/**
 * Call with the new content hash after every edit. Content that differs from what was proposed
 * or agreed starts a new draft: signatures never carry over to content nobody signed. Agreed
 * versions already stored are kept.
 */
export function onContentChanged(state: SignOffState, newHash: string): SignOffState {
  if (state.status === PlanStatus.draft || newHash === state.contentHash) return state;
  return {
    ...state,
    status: PlanStatus.draft,
    contentHash: null,
    proposedBy: null,
    proposedAt: null,
    signatures: [],
  };
}

/** A signature counts only for the exact content it was given for. */
export function isSignatureValid(signature: Signature, currentHash: string): boolean {
  return signature.contentHash === currentHash;
}
