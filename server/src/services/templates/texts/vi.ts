import type { TemplateTexts } from '../builtInTemplateTexts.ts';

/** The built-in templates' words in Vietnamese. */
export const vi: TemplateTexts = {
  notes: {
    kickoff: {
      title: 'Cuộc họp khởi động',
      blocks: [
        { h: 1, text: 'Cuộc họp khởi động' },
        { p: 'Ngày, địa điểm và người tham gia từ mỗi thành phố.' },
        { h: 2, text: 'Vì sao chúng ta hợp tác' },
        { bullets: ['Mỗi thành phố muốn học điều gì', 'Mỗi thành phố có thể chia sẻ điều gì'] },
        { h: 2, text: 'Mục tiêu năm nay' },
        { bullets: ['Mục tiêu 1', 'Mục tiêu 2', 'Mục tiêu 3'] },
        { h: 2, text: 'Vai trò và đầu mối liên hệ' },
        { bullets: ['Người điều phối', 'Đầu mối liên hệ ở mỗi thành phố'] },
        { h: 2, text: 'Cách làm việc' },
        { p: 'Ngôn ngữ, lịch họp, nơi lưu tài liệu.' },
        { h: 2, text: 'Bước tiếp theo' },
        { tasks: ['Chia sẻ danh sách liên hệ', 'Lên kế hoạch phiên trao đổi đầu tiên'] },
      ],
    },
    studyVisitDebrief: {
      title: 'Tổng kết chuyến tham quan học tập',
      blocks: [
        { h: 1, text: 'Tổng kết chuyến tham quan học tập' },
        { p: 'Chúng ta đã đi đâu, khi nào và ai tham gia.' },
        { h: 2, text: 'Những gì chúng ta đã thấy' },
        { bullets: ['Địa điểm hoặc tổ chức đã đến thăm', 'Cách làm chúng ta quan sát được'] },
        { h: 2, text: 'Điều làm chúng ta bất ngờ' },
        { bullets: [''] },
        { h: 2, text: 'Điều có thể áp dụng tại địa phương' },
        { bullets: [''] },
        { h: 2, text: 'Câu hỏi cho đơn vị đón tiếp' },
        { bullets: [''] },
        { h: 2, text: 'Việc tiếp theo' },
        { tasks: ['Gửi lời cảm ơn và ảnh cho đơn vị đón tiếp', 'Đưa ý tưởng vào kế hoạch hành động'] },
      ],
    },
    sessionMinutes: {
      title: 'Biên bản phiên họp',
      blocks: [
        { h: 1, text: 'Biên bản phiên họp' },
        { p: 'Ngày, giờ và người điều phối.' },
        { h: 2, text: 'Thành phần tham dự' },
        { bullets: [''] },
        { h: 2, text: 'Chương trình' },
        { bullets: ['Nội dung 1', 'Nội dung 2'] },
        { h: 2, text: 'Thảo luận' },
        { p: '' },
        { h: 2, text: 'Quyết định' },
        { bullets: [''] },
        { h: 2, text: 'Việc cần làm' },
        { tasks: ['Ai làm gì, trước khi nào'] },
        { h: 2, text: 'Phiên tiếp theo' },
        { p: '' },
      ],
    },
  },
  boards: {
    problemTree: {
      title: 'Cây vấn đề',
      labels: {
        problem: 'Vấn đề cốt lõi',
        effects: 'Hậu quả',
        causes: 'Nguyên nhân',
        effect: 'Hậu quả',
        cause: 'Nguyên nhân',
      },
    },
    stakeholderMap: {
      title: 'Bản đồ các bên liên quan',
      labels: {
        keepSatisfied: 'Giữ hài lòng\n(ảnh hưởng cao, quan tâm thấp)',
        manageClosely: 'Phối hợp chặt chẽ\n(ảnh hưởng cao, quan tâm cao)',
        monitor: 'Theo dõi\n(ảnh hưởng thấp, quan tâm thấp)',
        keepInformed: 'Thông tin đầy đủ\n(ảnh hưởng thấp, quan tâm cao)',
        power: 'Ảnh hưởng ↑',
        interest: 'Mức quan tâm →',
        example: 'Thêm một ghi chú cho mỗi bên liên quan và kéo vào ô phù hợp',
      },
    },
    swot: {
      title: 'Phân tích SWOT',
      labels: {
        strengths: 'Điểm mạnh',
        weaknesses: 'Điểm yếu',
        opportunities: 'Cơ hội',
        threats: 'Thách thức',
      },
    },
    garmentJourney: {
      title: 'Hành trình của một sản phẩm may mặc trong chuỗi giá trị',
      stages: [
        'Xơ sợi (bông, polyester, xơ tái chế)',
        'Kéo sợi',
        'Dệt thoi và dệt kim: vải',
        'Nhuộm và hoàn tất',
        'Cắt và may',
        'Vận chuyển và bán lẻ',
        'Sử dụng, giặt và sửa chữa',
        'Thu gom và phân loại',
        'Tái sử dụng và tái chế',
      ],
    },
  },
  plans: {
    logframe: {
      title: 'Khung logic',
      rows: [
        ['goal', 'Mục tiêu chung', 'Thay đổi dài hạn mà quan hệ đối tác góp phần tạo ra.'],
        ['outcome', 'Kết quả', 'Những thay đổi cho các thành phố khi kết thúc chương trình trao đổi.'],
        ['output', 'Đầu ra 1', 'Một kết quả cụ thể mà các đối tác tạo ra.'],
        ['activity', 'Hoạt động 1.1', 'Những việc cần làm để đạt đầu ra 1.'],
        ['activity', 'Hoạt động 1.2', ''],
        ['output', 'Đầu ra 2', ''],
        ['activity', 'Hoạt động 2.1', ''],
      ],
    },
  },
};
