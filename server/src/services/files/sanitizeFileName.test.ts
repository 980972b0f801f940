import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from './sanitizeFileName.ts';

describe('sanitizeFileName', () => {
  it('keeps Unicode names and the matching extension', () => {
    expect(sanitizeFileName('Xưởng nhuộm Huế.JPG', 'jpg')).toBe('Xưởng nhuộm Huế.jpg');
    expect(sanitizeFileName('tender.jpeg', 'jpg')).toBe('tender.jpeg');
  });

  it('drops directories, control and bidi characters', () => {
    expect(sanitizeFileName('../../etc/passwd.txt', 'txt')).toBe('passwd.txt');
    expect(sanitizeFileName('C:\\Users\\a\\photo.png', 'png')).toBe('photo.png');
    expect(sanitizeFileName('invoice\u202Egpj.exe.pdf', 'pdf')).toBe('invoice_gpj.exe.pdf');
    expect(sanitizeFileName('a\u0000b\n"c".pdf', 'pdf')).toBe('a_b__c_.pdf');
  });

  it('names the file after its content, not its claim', () => {
    expect(sanitizeFileName('tender.pdf', 'jpg')).toBe('tender.pdf.jpg');
    expect(sanitizeFileName('', 'png')).toBe('file.png');
    expect(sanitizeFileName('...', 'png')).toBe('file.png');
  });

  it('shortens long names but keeps the extension', () => {
    const name = sanitizeFileName(`${'ệ'.repeat(500)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('ệ.pdf')).toBe(true);
  });
});
