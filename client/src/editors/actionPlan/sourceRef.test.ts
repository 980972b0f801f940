import { describe, expect, it } from 'vitest';
import { parseSourceRef } from './sourceRef.ts';

describe('parseSourceRef', () => {
  it('reads a whiteboard document and sticky', () => {
    expect(parseSourceRef('whiteboard:doc_1#sticky-42')).toEqual({
      kind: 'whiteboard',
      documentId: 'doc_1',
      shapeId: 'sticky-42',
    });
    expect(parseSourceRef('whiteboard:doc_1/sticky-42').documentId).toBe('doc_1');
  });

  it('keeps a sticky without its board unlinked, and refuses odd document ids', () => {
    expect(parseSourceRef('whiteboard:sticky-42')).toEqual({
      kind: 'whiteboard',
      documentId: null,
      shapeId: 'sticky-42',
    });
    expect(parseSourceRef('whiteboard:../../x#y').kind).toBe('other');
    expect(parseSourceRef('https://ghent.be').kind).toBe('other');
  });
});
