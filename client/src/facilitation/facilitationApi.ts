import type { FacilitationState, Reaction, SessionReaction, TimerActionRequest } from '@weft/protocol';
import { apiRequest } from '../api/apiRequest.ts';

const enc = encodeURIComponent;

/** REST calls of a live session's timer, hands and reactions (docs/facilitation.md). */
export const facilitationApi = {
  get: (sessionId: string) =>
    apiRequest<FacilitationState>('GET', `/api/sessions/${enc(sessionId)}/facilitation`),
  timer: (sessionId: string, action: TimerActionRequest) =>
    apiRequest<FacilitationState>('POST', `/api/sessions/${enc(sessionId)}/timer`, action),
  raiseHand: (sessionId: string) =>
    apiRequest<FacilitationState>('POST', `/api/sessions/${enc(sessionId)}/hands`),
  lowerHand: (sessionId: string, userId: string) =>
    apiRequest<FacilitationState>('DELETE', `/api/sessions/${enc(sessionId)}/hands/${enc(userId)}`),
  react: (sessionId: string, emoji: Reaction) =>
    apiRequest<{ reaction: SessionReaction }>('POST', `/api/sessions/${enc(sessionId)}/reactions`, { emoji }),
};
