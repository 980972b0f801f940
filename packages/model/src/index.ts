export { DocumentType } from './documentTypes.ts';
export { getNoteFragment, NOTE_FRAGMENT } from './note.ts';
