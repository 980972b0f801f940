import { describe, expect, it } from 'vitest';
import {
  fileMarkup,
  foldForSearch,
  fromMarkup,
  matchMembers,
  mentionQueryAt,
  parseBody,
  toMarkup,
} from './mentions.ts';

const lan = { userId: 'u-lan', displayName: 'Lan Nguyễn' };
const lanh = { userId: 'u-lanh', displayName: 'Lan' };
const duc = { userId: 'u-duc', displayName: 'Đức Trần' };

describe('mentions', () => {
  it('turns picked names into markup, longer names first, and back', () => {
    const body = toMarkup('Hi @Lan Nguyễn and @Lan, see @Đức Trần.', [lanh, lan, duc]);
    expect(body).toBe('Hi @[Lan Nguyễn](u-lan) and @[Lan](u-lanh), see @[Đức Trần](u-duc).');
    expect(fromMarkup(body)).toEqual({
      text: 'Hi @Lan Nguyễn and @Lan, see @Đức Trần.',
      picked: [lan, lanh, duc],
    });
  });

  it('leaves names nobody picked as plain text', () => {
    expect(toMarkup('ask @Lan Nguyễn', [])).toBe('ask @Lan Nguyễn');
  });

  it('splits a body into text and mentions', () => {
    expect(parseBody('@[Lan Nguyễn](u-lan) agreed.')).toEqual([
      { kind: 'mention', name: 'Lan Nguyễn', userId: 'u-lan' },
      { kind: 'text', text: ' agreed.' },
    ]);
    expect(parseBody('no mentions')).toEqual([{ kind: 'text', text: 'no mentions' }]);
  });

  it('finds attached files among the text and mentions', () => {
    const body = `@[Lan](u-lan) the tender: ${fileMarkup('Hồ sơ [mời] thầu.pdf', 'f_1-x')}`;
    expect(parseBody(body)).toEqual([
      { kind: 'mention', name: 'Lan', userId: 'u-lan' },
      { kind: 'text', text: ' the tender: ' },
      { kind: 'file', name: 'Hồ sơ  mời  thầu.pdf', fileId: 'f_1-x' },
    ]);
    // Links elsewhere stay text.
    expect(parseBody('[x](https://example.org/api/files/1)')).toEqual([
      { kind: 'text', text: '[x](https://example.org/api/files/1)' },
    ]);
  });

  it('finds the query being typed after an @ at a word start', () => {
    expect(mentionQueryAt('thanks @La', 10)).toEqual({ start: 7, query: 'La' });
    expect(mentionQueryAt('thanks @Lan Ng', 14)).toEqual({ start: 7, query: 'Lan Ng' });
    expect(mentionQueryAt('mail a@b', 8)).toBeNull();
    expect(mentionQueryAt('no at here', 10)).toBeNull();
    expect(mentionQueryAt('@x\nnext line', 12)).toBeNull();
    // After a pick the caret sits behind "@Name ": the list stays closed; typing on starts afresh.
    expect(mentionQueryAt('thanks @Lan Nguyễn ', 19, [lan])).toBeNull();
    expect(mentionQueryAt('thanks @Lan Nguyễn ', 19, [])).toEqual({ start: 7, query: 'Lan Nguyễn ' });
    expect(mentionQueryAt('thanks @Lan Nguyễn and @Đ', 25, [lan])).toEqual({ start: 23, query: 'Đ' });
  });

  it('matches members without case or accents, by any word', () => {
    expect(foldForSearch('Đức Trần')).toBe('duc tran');
    expect(matchMembers([lan, lanh, duc], 'nguyen')).toEqual([lan]);
    expect(matchMembers([lan, lanh, duc], 'duc')).toEqual([duc]);
    expect(matchMembers([lan, lanh, duc], 'LAN')).toEqual([lan, lanh]);
    expect(matchMembers([lan, lanh, duc], '')).toHaveLength(3);
  });
});
