
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Vui lòng để trống trường này.`,
'common.new-tab': `(mở trong thẻ mới)`,
'common.privacy-link': `Thông tin về bảo vệ dữ liệu`,
'common.problem.kept': `Thông tin bạn đã nhập vẫn được giữ lại.`,
'common.problem.network': `Không kết nối được với máy chủ. Vui lòng thử lại.`,
'common.problem.offline': `Bạn đang ngoại tuyến. Khi có kết nối trở lại, bạn có thể thử lại.`,
'common.problem.origin-not-allowed': `Dịch vụ này chưa được kích hoạt cho trang web này. Vui lòng liên hệ với đơn vị quản lý trang.`,
'common.problem.rate-limited': `Quá nhiều lần thử trong thời gian ngắn. Vui lòng đợi vài phút.`,
'common.problem.rate-limited-until': str`Quá nhiều lần thử trong thời gian ngắn. Vui lòng thử lại từ ${0}.`,
'common.problem.server': `Máy chủ gặp sự cố. Vui lòng thử lại.`,
'common.problem.timeout': `Máy chủ hiện không phản hồi. Vui lòng thử lại.`,
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
'faq.outdated': `Bản dịch này có thể đã cũ: bản tiếng Đức đã được thay đổi sau đó.`,
'faq.outdated.failed': `Không tải được bản tiếng Đức.`,
'faq.outdated.german': `Bản tiếng Đức`,
'faq.outdated.show-german': `Xem bản tiếng Đức`,
'faq.related': `Nội dung liên quan:`,
'faq.showAll.few': str`Hiển thị tất cả ${0} câu hỏi`,
'faq.showAll.many': str`Hiển thị tất cả ${0} câu hỏi`,
'faq.showAll.one': str`Hiển thị ${0} câu hỏi`,
'faq.showAll.other': str`Hiển thị tất cả ${0} câu hỏi`,
'faq.showAll.two': str`Hiển thị tất cả ${0} câu hỏi`,
'faq.showAll.zero': str`Hiển thị tất cả ${0} câu hỏi`,
'faq.status.count.few': str`Đã tìm thấy ${0} câu trả lời.`,
'faq.status.count.many': str`Đã tìm thấy ${0} câu trả lời.`,
'faq.status.count.one': str`Đã tìm thấy ${0} câu trả lời.`,
'faq.status.count.other': str`Đã tìm thấy ${0} câu trả lời.`,
'faq.status.count.two': str`Đã tìm thấy ${0} câu trả lời.`,
'faq.status.count.zero': str`Đã tìm thấy ${0} câu trả lời.`,
'faq.status.none': `Không tìm thấy câu trả lời nào.`,
'faq.suggestions': `Gợi ý`,
'faq.updated': str`Kiểm tra lần cuối: ${0}`,
    };
  