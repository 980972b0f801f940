import type { SignOffError, SignOffErrorCode } from '@weft/model';
import { ErrorCode } from '@weft/protocol';
import { HttpError } from '../../http/HttpError.ts';

/** Reasons the action plan endpoints give in `error.details.reason`, beyond the machine's codes. */
export const PlanErrorReason = {
  notYourCity: 'not_your_city',
  archived: 'archived',
  notAnActionPlan: 'not_an_action_plan',
  concurrentUpdate: 'concurrent_update',
} as const;

const STATUS: Record<SignOffErrorCode, number> = {
  invalid_input: 400,
  forbidden_role: 403,
  not_a_party: 403,
  wrong_status: 409,
  stale_content: 409,
  already_signed: 409,
  not_signed: 409,
  no_parties: 409,
};

/** An error with its HTTP status and `details.reason` so a screen can react to the exact cause. */
export function planError(status: number, reason: string, message: string): HttpError {
  const code =
    status === 400
      ? ErrorCode.validation
      : status === 403
        ? ErrorCode.forbidden
        : status === 409
          ? ErrorCode.conflict
          : ErrorCode.badRequest;
  return new HttpError(status, code, message, { reason });
}

/** The sign-off machine's refusal as an HTTP error (`details.reason` = the machine's code). */
export function signOffHttpError(error: SignOffError): HttpError {
  return planError(STATUS[error.code], error.code, error.message);
}
