import { expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition.ts';

it('keeps the Unicode name in filename* and an ASCII fallback in filename', () => {
  expect(contentDisposition('hop-tac-det-may.pdf', "Hợp tác dệt may (Huế) 'v2'.pdf")).toBe(
    `attachment; filename="hop-tac-det-may.pdf"; filename*=UTF-8''H%E1%BB%A3p%20t%C3%A1c%20d%E1%BB%87t%20may%20%28Hu%E1%BA%BF%29%20%27v2%27.pdf`,
  );
  expect(contentDisposition('a"b\\c\u00e9.md', 'x.md')).toBe(
    `attachment; filename="a_b_c_.md"; filename*=UTF-8''x.md`,
  );
});
