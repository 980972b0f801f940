import type { SignOffError, SignOffErrorCode } from '@weft/model';
import { DomainError, DomainErrorKind } from '../errors.ts';

/** Reasons the action plan endpoints give in `error.details.reason`, beyond the machine's codes. */
export const PlanErrorReason = {
  notYourCity: 'not_your_city',
  archived: 'archived',
  notAnActionPlan: 'not_an_action_plan',
  concurrentUpdate: 'concurrent_update',
} as const;

const KIND: Record<SignOffErrorCode, DomainErrorKind> = {
  invalid_input: DomainErrorKind.invalid,
  forbidden_role: DomainErrorKind.forbidden,
  not_a_party: DomainErrorKind.forbidden,
  wrong_status: DomainErrorKind.conflict,
  stale_content: DomainErrorKind.conflict,
  already_signed: DomainErrorKind.conflict,
  not_signed: DomainErrorKind.conflict,
  no_parties: DomainErrorKind.conflict,
};

/** A refusal with `details.reason`, so a screen can react to the exact cause. */
export function planError(kind: DomainErrorKind, reason: string, message: string): DomainError {
  return new DomainError(kind, message, { reason });
}

/** The sign-off machine's refusal (`details.reason` = the machine's code). */
export function signOffError(error: SignOffError): DomainError {
  return planError(KIND[error.code], error.code, error.message);
}
