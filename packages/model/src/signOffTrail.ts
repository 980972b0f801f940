import { PlanStatus, type Signature, type SignOffState } from './signOffSchema.ts';

/** What an export prints about sign-off: only signatures valid for the exported content. */
export interface SignOffTrail {
  status: PlanStatus;
  versionName: string | null;
  agreedAt: string | null;
  signatures: Signature[];
}

/**
 * The trail for content with `contentHash`: the agreed version with that hash if there is one
 * (so exporting an old version shows who agreed to it), else the current round's signatures.
 */
export function signOffTrail(state: SignOffState, contentHash: string): SignOffTrail {
  const version = [...state.versions].reverse().find((v) => v.contentHash === contentHash);
  if (version) {
    return {
      status: PlanStatus.agreed,
      versionName: version.name,
      agreedAt: version.agreedAt,
      signatures: version.signatures,
    };
  }
  const current = state.contentHash === contentHash;
  return {
    status: current ? state.status : PlanStatus.draft,
    versionName: null,
    agreedAt: null,
    signatures: current ? state.signatures.filter((s) => s.contentHash === contentHash) : [],
  };
}
