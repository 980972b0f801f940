import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffWords } from './noteDiff.ts';

describe('note diff', () => {
  it('marks only the changed words of an edited paragraph', () => {
    expect(diffWords('Thí điểm sợi tái chế ở Huế', 'Thí điểm sợi bông ở Huế')).toEqual([
      { op: 'same', text: 'Thí điểm sợi ' },
      { op: 'del', text: 'tái chế ' },
      { op: 'add', text: 'bông ' },
      { op: 'same', text: 'ở Huế' },
    ]);
  });

  it('shows a rewritten paragraph as one removal and one addition', () => {
    expect(diffWords('Agenda: visit the sorting centre in Huế', 'pasted over')).toEqual([
      { op: 'del', text: 'Agenda: visit the sorting centre in Huế' },
      { op: 'add', text: 'pasted over' },
    ]);
  });

  it('keeps unchanged paragraphs whole and shows removed and added ones', () => {
    expect(diffParagraphs(['Agenda', 'Gent', 'Huế'], ['Agenda', 'Huế', 'New point'])).toEqual([
      [{ op: 'same', text: 'Agenda' }],
      [{ op: 'del', text: 'Gent' }],
      [{ op: 'same', text: 'Huế' }],
      [{ op: 'add', text: 'New point' }],
    ]);
  });
});
