import type { Vote } from '@weft/protocol';
import { describe, expect, it } from 'vitest';
import { rankedRows, resultsCsv, resultsMarkdown, stickyLabel } from './voteResultsExport.ts';

const vote = (over: Partial<Vote>): Vote => ({
  id: 'v',
  workspaceId: 'w',
  documentId: 'd',
  sessionId: null,
  title: 'Ưu tiên | Gent',
  dotsPerPerson: 3,
  anonymous: false,
  area: null,
  status: 'revealed',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'u',
  revealedAt: null,
  closedAt: null,
  myDots: [],
  voters: 2,
  dotsCast: 4,
  results: [
    { targetId: 'a', count: 1, voters: [{ userId: 'u2', name: 'Jan' }] },
    {
      targetId: 'b',
      count: 3,
      voters: [
        { userId: 'u1', name: 'Mai' },
        { userId: 'u1', name: 'Mai' },
        { userId: 'u2', name: 'Jan' },
      ],
    },
  ],
  ...over,
});
const labels = { rank: 'Rank', sticky: 'Sticky', dots: 'Dots', voters: 'Voters' };
const texts: Record<string, string> = { a: '=SUM(A1)', b: 'Nước thải' };

describe('vote results export', () => {
  it('ranks most dots first and names voters with their counts', () => {
    expect(rankedRows(vote({}), (id) => texts[id] ?? id)).toEqual([
      { rank: 1, targetId: 'b', text: 'Nước thải', count: 3, voters: 'Mai (2), Jan' },
      { rank: 2, targetId: 'a', text: '=SUM(A1)', count: 1, voters: 'Jan' },
    ]);
  });

  it('writes Markdown with pipes escaped, and CSV with formulas defused', () => {
    const rows = rankedRows(vote({}), (id) => texts[id] ?? id);
    expect(resultsMarkdown('Ưu tiên | Gent', rows, labels, true)).toBe(
      '# Ưu tiên \\| Gent\n\n| Rank | Sticky | Dots | Voters |\n| --- | --- | --- | --- |\n| 1 | Nước thải | 3 | Mai (2), Jan |\n| 2 | =SUM(A1) | 1 | Jan |\n',
    );
    expect(resultsCsv(rows, labels, false)).toBe(
      '"Rank","Sticky","Dots"\r\n"1","Nước thải","3"\r\n"2","\'=SUM(A1)","1"\r\n',
    );
  });

  it('has no rows before reveal and labels empty stickies', () => {
    expect(rankedRows(vote({ results: null, status: 'open' }), (id) => id)).toEqual([]);
    expect(stickyLabel('  \n ', '(empty)')).toBe('(empty)');
    expect(stickyLabel('a\nb', '')).toBe('a b');
  });
});
