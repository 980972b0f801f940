import { describe, expect, it } from 'vitest';
import { excerpt, mentionedUserIds, renderMentions } from './parseMentions.ts';

describe('mention markup', () => {
  const body = 'Chào @[Trần Thị Mai](u-mai), see @[Bram De Smet](u_bram) and @[Trần Thị Mai](u-mai) again';

  it('finds each mentioned user once, markup first, then the explicit list', () => {
    expect(mentionedUserIds(body, ['u-priya', 'u_bram'])).toEqual(['u-mai', 'u_bram', 'u-priya']);
    expect(mentionedUserIds('no mentions @here [x](y)')).toEqual([]);
  });

  it('renders markup as @Name', () => {
    expect(renderMentions(body)).toBe('Chào @Trần Thị Mai, see @Bram De Smet and @Trần Thị Mai again');
  });

  it('cuts excerpts on code points, never inside a surrogate pair, and folds whitespace', () => {
    expect(excerpt('a\n\n b', 10)).toBe('a b');
    expect(excerpt('🧵🧵🧵🧵', 3)).toBe('🧵🧵…');
    expect(excerpt('नमस्ते दुनिया', 20)).toBe('नमस्ते दुनिया');
  });
});
