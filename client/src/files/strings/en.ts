/** English strings of the workspace's files and attachments. */
export const filesEn = {
  sectionTitle: 'Files',
  sectionIntro: 'Photos, tenders and spreadsheets shared in this workspace.',
  upload: 'Upload a file',
  uploadingFile: 'Uploading {{name}}…',
  empty: 'No files yet.',
  details: '{{size}} · {{date}}',
  delete: 'Delete',
  deleteLabel: 'Delete {{name}}',
  confirmDelete: 'Delete {{name}}? Notes and boards that show it will no longer be able to.',
  attach: 'Attach a file',
  attachments: 'Attachments',
  removeAttachment: 'Remove {{name}}',
  // The image description dialog (notes and boards).
  altTitle: 'Describe the image',
  altHint: 'A short description helps people who cannot see the image, and shows while it cannot load.',
  altLabel: 'Description of {{name}}',
  pastedImage: 'the pasted image',
  insert: 'Insert',
};

export type FilesStrings = typeof filesEn;
