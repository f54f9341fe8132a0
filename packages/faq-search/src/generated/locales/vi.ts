
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Vui lòng để trống trường này.`,
'common.new-tab': `(mở trong thẻ mới)`,
'common.privacy-link': `Thông tin về bảo vệ dữ liệu`,
'common.retry': `Thử lại`,
'faq.booking': `Đặt lịch tư vấn`,
'faq.categories': `Chủ đề`,
'faq.categories.all': `Tất cả chủ đề`,
'faq.empty.consultation': `Không thấy câu hỏi của Quý vị? Chúng tôi sẵn lòng tư vấn trực tiếp cho Quý vị.`,
'faq.empty.popular': `Câu hỏi phổ biến:`,
'faq.empty.tips': `Vui lòng thử từ khác hoặc ngắn hơn, hoặc chọn một chủ đề.`,
'faq.fallback': `Câu trả lời này chưa có bằng ngôn ngữ của Quý vị. Dưới đây là bản tiếng Đức.`,
'faq.feedback.failed': `Không thể gửi phản hồi.`,
'faq.feedback.no': `Không`,
'faq.feedback.question': `Câu trả lời này có hữu ích không?`,
'faq.feedback.thanks': `Cảm ơn Quý vị đã phản hồi.`,
'faq.feedback.yes': `Có`,
'faq.heading': `Câu hỏi thường gặp`,
'faq.input.hint': `Câu trả lời phù hợp hiện ra ngay khi Quý vị gõ; gõ sai chính tả cũng không sao.`,
'faq.input.label': `Câu hỏi của Quý vị`,
'faq.loading': `Đang tải các câu trả lời…`,
'faq.problem.network': `Không có kết nối đến máy chủ. Vui lòng thử lại.`,
'faq.problem.offline': `Quý vị đang ngoại tuyến. Cần kết nối mạng một lần để tải các câu trả lời.`,
'faq.problem.server': `Các câu trả lời hiện không khả dụng. Vui lòng thử lại sau.`,
'faq.related': `Nội dung liên quan:`,
'faq.showAll': str`Hiện tất cả ${0} câu hỏi`,
'faq.status.count': str`Tìm thấy ${0} câu trả lời.`,
'faq.status.none': `Không tìm thấy câu trả lời nào.`,
'faq.suggestions': `Gợi ý`,
'faq.updated': str`Kiểm tra lần cuối: ${0}`,
    };
  