import type { Translation } from '../../i18n/Translation.ts';
import type { HistoryStrings } from './en.ts';

export const historyVi: Translation<HistoryStrings> = {
  title: 'Lịch sử phiên bản',
  close: 'Đóng lịch sử',
  loading: 'Đang tải các phiên bản…',
  none: 'Chưa có phiên bản nào.',
  nameLabel: 'Đặt tên cho phiên bản này',
  namePlaceholder: 'ví dụ: Chương trình trước phiên 3',
  save: 'Lưu phiên bản',
  saved: 'Đã lưu phiên bản “{{name}}”.',
  kind: {
    named: 'Đã đặt tên',
    auto: 'Tự động',
    session: 'Biên bản phiên',
    agreed: 'Đã thống nhất',
  },
  by: 'bởi {{name}}',
  byServer: 'lưu tự động',
  preview: 'Xem trước',
  closePreview: 'Quay lại tài liệu trực tiếp',
  previewTitle: 'Xem trước “{{name}}” (chỉ đọc)',
  diffLegend: 'So với hiện tại: phần bị xoá được gạch ngang, phần thêm được gạch chân.',
  noChanges: 'Giống như hiện tại.',
  export: 'Xuất',
  exportAs: 'Xuất “{{name}}” dạng {{format}}',
  restore: 'Khôi phục',
  confirmRestore:
    'Khôi phục “{{name}}”? Mọi người sẽ thấy tài liệu thay đổi ngay; nội dung hiện tại được lưu thành một phiên bản trước.',
  confirm: 'Có, khôi phục',
  cancel: 'Huỷ',
  restored: 'Đã khôi phục “{{name}}”. Nội dung trước đó được lưu là “{{kept}}”.',
  failed: 'Không thực hiện được: {{message}}',
};
