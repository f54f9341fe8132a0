
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
'newsletter.already-confirmed.text': `Đăng ký của bạn đã được xác nhận trước đó; bạn không cần làm gì thêm. Mỗi số bản tin đều có liên kết để hủy đăng ký.`,
'newsletter.already-confirmed.title': `Bạn đã đăng ký nhận bản tin rồi.`,
'newsletter.already-unsubscribed.text': `Bạn sẽ không nhận thêm e-mail nào từ chúng tôi. Bạn có thể đăng ký lại bất cứ lúc nào.`,
'newsletter.already-unsubscribed.title': `Bạn đã hủy đăng ký bản tin rồi.`,
'newsletter.confirmed.text': `Quý vị sẽ nhận được bản tin từ số tiếp theo. Mỗi số bản tin đều có liên kết để hủy đăng ký.`,
'newsletter.confirmed.title': `Xin cảm ơn! Đăng ký của Quý vị đã được xác nhận.`,
'newsletter.consent': str`Tôi đồng ý để ${0} lưu trữ địa chỉ email, các chủ đề đã chọn và ngôn ngữ của tôi nhằm gửi bản tin cho tôi. Tôi có thể hủy đăng ký bất cứ lúc nào.`,
'newsletter.email.hint': `Chúng tôi sẽ gửi cho Quý vị một liên kết để xác nhận đăng ký.`,
'newsletter.email.label': `Địa chỉ email`,
'newsletter.error.consent': `Vui lòng đồng ý để chúng tôi có thể gửi bản tin cho Quý vị.`,
'newsletter.error.email-invalid': `Vui lòng nhập địa chỉ email hợp lệ, ví dụ: name@example.org.`,
'newsletter.error.email-required': `Vui lòng nhập địa chỉ email của Quý vị.`,
'newsletter.error.language': `Vui lòng chọn một ngôn ngữ.`,
'newsletter.error.topics': `Vui lòng chọn ít nhất một chủ đề.`,
'newsletter.heading': `Đăng ký nhận bản tin`,
'newsletter.inbox.change': `Nhập địa chỉ khác`,
'newsletter.inbox.spam': `Không nhận được email? Vui lòng kiểm tra cả thư mục thư rác (Spam).`,
'newsletter.inbox.text': str`Chúng tôi đã gửi một email đến ${0}. Vui lòng nhấp vào liên kết trong email đó để xác nhận đăng ký. Liên kết có hiệu lực trong 7 ngày.`,
'newsletter.inbox.title': `Chỉ còn một bước: vui lòng xác nhận đăng ký của Quý vị.`,
'newsletter.intro': `Tin tức về việc làm, nhập cư và các sự kiện qua email, bằng ngôn ngữ của Quý vị. Tất cả các mục đều bắt buộc.`,
'newsletter.language.label': `Ngôn ngữ của bản tin`,
'newsletter.submit': `Đăng ký`,
'newsletter.submitting': `Đang gửi…`,
'newsletter.token-failed.text': `Liên kết của bạn vẫn còn hiệu lực.`,
'newsletter.token-invalid.confirm': `Liên kết xác nhận có hiệu lực trong 7 ngày và chỉ dùng được một lần. Quý vị chỉ cần đăng ký lại.`,
'newsletter.token-invalid.title': `Liên kết này không hợp lệ hoặc đã hết hạn.`,
'newsletter.token-invalid.to-form': `Đến biểu mẫu đăng ký`,
'newsletter.token-invalid.unsubscribe': `Vui lòng sử dụng liên kết hủy đăng ký trong email bản tin gần đây nhất mà Quý vị nhận được.`,
'newsletter.token.confirming': `Đang kiểm tra xác nhận của Quý vị…`,
'newsletter.token.unsubscribing': `Đang xử lý yêu cầu hủy đăng ký của Quý vị…`,
'newsletter.topic.employers': `Dành cho người sử dụng lao động`,
'newsletter.topic.events': `Sự kiện`,
'newsletter.topic.legal-changes': `Thay đổi về pháp luật`,
'newsletter.topic.skilled-workers': `Dành cho lao động có tay nghề`,
'newsletter.topics.legend': `Chủ đề`,
'newsletter.unsubscribed.text': `Quý vị sẽ không nhận thêm email nào từ chúng tôi nữa. Quý vị có thể đăng ký lại bất cứ lúc nào.`,
'newsletter.unsubscribed.title': `Quý vị đã hủy đăng ký nhận bản tin.`,
    };
  