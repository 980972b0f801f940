import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hashActionPlan } from './actionPlanHash.ts';
import { readActionPlan } from './actionPlanRead.ts';
import { createItem, setPlanMeta, updateItem } from './actionPlanWrite.ts';
import {
  createSignOffState,
  isSignatureValid,
  onContentChanged,
  proposePlan,
  type SignOffResult,
  signPlan,
  withdraw,
  withdrawProposal,
} from './signOffMachine.ts';
import { type SignOffState, signOffStateSchema } from './signOffSchema.ts';
import { signOffTrail } from './signOffTrail.ts';

const AT = '2026-05-04T08:30:00.000Z';

function planDoc(): Y.Doc {
  const doc = new Y.Doc();
  setPlanMeta(doc, { title: 'Textiles', parties: ['Ghent', 'Hội An'], version: '1' });
  createItem(doc, { title: 'Map suppliers' }, { id: 'a' });
  return doc;
}

function unwrap(result: SignOffResult): SignOffState {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.state;
}

function errorCode(result: SignOffResult): string | null {
  return result.ok ? null : result.error.code;
}

function proposed(hash: string): SignOffState {
  return unwrap(
    proposePlan(createSignOffState(), {
      userId: 'f1',
      role: 'facilitator',
      contentHash: hash,
      parties: ['Ghent', 'Hội An'],
      at: AT,
    }),
  );
}

const ghent = { userId: 'u-ghent', city: 'Ghent', role: 'editor', at: AT, timeZone: 'Europe/Brussels' };
const hoian = {
  userId: 'u-hoian',
  city: 'Hội An',
  role: 'editor',
  at: '2026-05-04T09:00:00Z',
  timeZone: 'Asia/Ho_Chi_Minh',
};

describe('sign-off state machine', () => {
  it('goes draft → proposed → agreed when every party has signed, creating version 1', () => {
    const hash = hashActionPlan(readActionPlan(planDoc()));
    let state = proposed(hash);
    expect(state.status).toBe('proposed');
    const first = signPlan(state, { ...ghent, contentHash: hash });
    state = unwrap(first);
    expect(first.ok && first.agreed).toBeNull();
    expect(state.status).toBe('proposed');
    const second = signPlan(state, { ...hoian, contentHash: hash, versionName: 'Council draft May' });
    state = unwrap(second);
    expect(state.status).toBe('agreed');
    expect(second.ok && second.agreed).toMatchObject({
      number: 1,
      name: 'Council draft May',
      contentHash: hash,
      agreedAt: hoian.at,
    });
    expect(state.versions).toHaveLength(1);
    expect(state.versions[0]?.signatures.map((s) => s.city)).toEqual(['Ghent', 'Hội An']);
    expect(signOffStateSchema.parse(state)).toEqual(state);
  });

  it('refuses commenters and viewers, and cities that are not parties', () => {
    const state = proposed('h');
    expect(errorCode(signPlan(state, { ...ghent, role: 'commenter', contentHash: 'h' }))).toBe(
      'forbidden_role',
    );
    expect(errorCode(signPlan(state, { ...ghent, role: 'viewer', contentHash: 'h' }))).toBe('forbidden_role');
    expect(errorCode(signPlan(state, { ...ghent, city: 'Pune', contentHash: 'h' }))).toBe('not_a_party');
    expect(
      errorCode(
        proposePlan(createSignOffState(), {
          userId: 'c',
          role: 'commenter',
          contentHash: 'h',
          parties: ['Ghent'],
          at: AT,
        }),
      ),
    ).toBe('forbidden_role');
    expect(signPlan(state, { ...ghent, role: 'facilitator', contentHash: 'h' }).ok).toBe(true);
  });

  it('refuses signing a draft, signing twice for a city, and signing different content', () => {
    expect(errorCode(signPlan(createSignOffState(), { ...ghent, contentHash: 'h' }))).toBe('wrong_status');
    const state = unwrap(signPlan(proposed('h'), { ...ghent, contentHash: 'h' }));
    expect(errorCode(signPlan(state, { ...ghent, userId: 'other', contentHash: 'h' }))).toBe(
      'already_signed',
    );
    expect(errorCode(signPlan(state, { ...hoian, contentHash: 'other' }))).toBe('stale_content');
  });

  it('rejects malformed input with invalid_input instead of throwing', () => {
    const state = proposed('h');
    expect(errorCode(signPlan(state, { ...ghent, contentHash: 'h', at: 'yesterday' }))).toBe('invalid_input');
    expect(errorCode(signPlan(state, { ...ghent, contentHash: 'h', timeZone: 'Mars/Olympus' }))).toBe(
      'invalid_input',
    );
    expect(errorCode(signPlan(state, { ...ghent, contentHash: '' }))).toBe('invalid_input');
    expect(errorCode(signPlan(state, null as never))).toBe('invalid_input');
    expect(
      errorCode(
        proposePlan(createSignOffState(), {
          userId: 'f',
          role: 'editor',
          contentHash: 'h',
          parties: [],
          at: AT,
        }),
      ),
    ).toBe('no_parties');
  });

  it('defaults the signer zone to UTC', () => {
    const state = unwrap(
      signPlan(proposed('h'), { userId: 'u', city: 'Ghent', role: 'editor', contentHash: 'h', at: AT }),
    );
    expect(state.signatures[0]?.timeZone).toBe('UTC');
  });

  it('edit after agreement invalidates: a new draft starts, signatures do not carry over', () => {
    const doc = planDoc();
    const agreedHash = hashActionPlan(readActionPlan(doc));
    let state = unwrap(signPlan(proposed(agreedHash), { ...ghent, contentHash: agreedHash }));
    state = unwrap(signPlan(state, { ...hoian, contentHash: agreedHash }));
    expect(state.status).toBe('agreed');

    updateItem(doc, 'a', { status: 'in_progress' });
    const newHash = hashActionPlan(readActionPlan(doc));
    expect(newHash).not.toBe(agreedHash);
    const afterEdit = onContentChanged(state, newHash);
    expect(afterEdit.status).toBe('draft');
    expect(afterEdit.signatures).toEqual([]);
    expect(afterEdit.versions).toEqual(state.versions);
    expect(state.versions[0]?.signatures.every((s) => !isSignatureValid(s, newHash))).toBe(true);
    // Old signatures cannot be replayed onto the new content.
    expect(errorCode(signPlan(afterEdit, { ...ghent, contentHash: newHash }))).toBe('wrong_status');
    const reproposed = unwrap(
      proposePlan(afterEdit, {
        userId: 'f1',
        role: 'facilitator',
        contentHash: newHash,
        parties: ['Ghent', 'Hội An'],
        at: AT,
      }),
    );
    expect(reproposed.signatures).toEqual([]);
    let again = unwrap(signPlan(reproposed, { ...ghent, contentHash: newHash }));
    const result = signPlan(again, { ...hoian, contentHash: newHash });
    again = unwrap(result);
    expect(result.ok && result.agreed?.number).toBe(2);
    expect(again.versions.map((v) => v.contentHash)).toEqual([agreedHash, newHash]);
  });

  it('an edit while proposed voids the signatures collected so far', () => {
    let state = unwrap(signPlan(proposed('h1'), { ...ghent, contentHash: 'h1' }));
    state = onContentChanged(state, 'h2');
    expect(state).toMatchObject({ status: 'draft', signatures: [], contentHash: null });
  });

  it('a change back to the same content hash is not an edit', () => {
    const state = unwrap(signPlan(proposed('h1'), { ...ghent, contentHash: 'h1' }));
    expect(onContentChanged(state, 'h1')).toBe(state);
    const draft = createSignOffState();
    expect(onContentChanged(draft, 'anything')).toBe(draft);
  });

  it('withdraws a signature while proposed, but never from an agreed version', () => {
    let state = unwrap(signPlan(proposed('h'), { ...ghent, contentHash: 'h' }));
    expect(errorCode(withdraw(state, { ...hoian }))).toBe('not_signed');
    expect(errorCode(withdraw(state, { ...ghent, role: 'viewer' }))).toBe('forbidden_role');
    state = unwrap(withdraw(state, { ...ghent }));
    expect(state.signatures).toEqual([]);
    state = unwrap(signPlan(state, { ...ghent, contentHash: 'h' }));
    state = unwrap(signPlan(state, { ...hoian, contentHash: 'h' }));
    expect(errorCode(withdraw(state, { ...ghent }))).toBe('wrong_status');
  });

  it('withdraws a proposal back to draft', () => {
    const state = unwrap(
      withdrawProposal(unwrap(signPlan(proposed('h'), { ...ghent, contentHash: 'h' })), { role: 'editor' }),
    );
    expect(state).toMatchObject({ status: 'draft', signatures: [], contentHash: null });
    expect(errorCode(withdrawProposal(state, { role: 'editor' }))).toBe('wrong_status');
    expect(errorCode(withdrawProposal(proposed('h'), { role: 'commenter' }))).toBe('forbidden_role');
  });

  it('builds the export trail for the current content or an older agreed version', () => {
    let state = unwrap(signPlan(proposed('h1'), { ...ghent, contentHash: 'h1' }));
    expect(signOffTrail(state, 'h1')).toMatchObject({ status: 'proposed', versionName: null });
    expect(signOffTrail(state, 'h1').signatures).toHaveLength(1);
    expect(signOffTrail(state, 'zzz')).toEqual({
      status: 'draft',
      versionName: null,
      agreedAt: null,
      signatures: [],
    });
    state = unwrap(signPlan(state, { ...hoian, contentHash: 'h1' }));
    state = onContentChanged(state, 'h2');
    expect(signOffTrail(state, 'h1')).toMatchObject({
      status: 'agreed',
      versionName: 'Version 1',
      agreedAt: hoian.at,
    });
    expect(signOffTrail(state, 'h2').signatures).toEqual([]);
  });
});
