import type { Translation } from '../../i18n/Translation.ts';
import type { FilesStrings } from './en.ts';

export const filesVi: Translation<FilesStrings> = {
  sectionTitle: 'Tệp',
  sectionIntro: 'Ảnh, hồ sơ mời thầu và bảng tính được chia sẻ trong không gian làm việc này.',
  upload: 'Tải tệp lên',
  uploadingFile: 'Đang tải lên {{name}}…',
  empty: 'Chưa có tệp nào.',
  details: '{{size}} · {{date}}',
  delete: 'Xóa',
  deleteLabel: 'Xóa {{name}}',
  confirmDelete: 'Xóa {{name}}? Các ghi chú và bảng trắng đang hiển thị tệp này sẽ không hiển thị được nữa.',
  attach: 'Đính kèm tệp',
  attachments: 'Tệp đính kèm',
  removeAttachment: 'Bỏ {{name}}',
  // The image description dialog (notes and boards).
  altTitle: 'Mô tả hình ảnh',
  altHint: 'Một mô tả ngắn giúp người không nhìn thấy hình ảnh, và hiện ra khi hình chưa tải được.',
  altLabel: 'Mô tả cho {{name}}',
  pastedImage: 'hình ảnh đã dán',
  insert: 'Chèn',
};
