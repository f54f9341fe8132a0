import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const vi: NewsletterMailTexts = {
  confirmSubject: 'Vui lòng xác nhận đăng ký nhận bản tin',
  greeting: 'Kính chào Quý vị,',
  confirmIntro: (publisher) =>
    `Quý vị hoặc một người khác đã dùng địa chỉ email của Quý vị để đăng ký nhận bản tin của ${publisher} hoặc thay đổi chủ đề nhận tin.`,
  topicsLabel: 'Chủ đề đã chọn',
  confirmAction: (expiresAt) =>
    `Vui lòng xác nhận đăng ký bằng liên kết này. Liên kết chỉ dùng được một lần và có hiệu lực đến ${expiresAt}:`,
  confirmIgnore:
    'Nếu không phải Quý vị thực hiện, Quý vị chỉ cần bỏ qua email này. Khi chưa được xác nhận, chúng tôi sẽ không gửi gì cho Quý vị và sẽ xóa địa chỉ của Quý vị khi liên kết hết hạn.',
  welcomeSubject: 'Đăng ký nhận bản tin của Quý vị đã được xác nhận',
  welcomeBody: (publisher) =>
    `Xin cảm ơn Quý vị: đăng ký nhận bản tin của ${publisher} đã được xác nhận. Quý vị sẽ nhận được bản tin từ số tiếp theo.`,
  unsubscribeLabel: 'Hủy đăng ký nhận bản tin bất cứ lúc nào chỉ với một lần nhấp',
  signature: (publisher) => `Đội ngũ ${publisher}`,
  topics: {
    employers: 'Dành cho người sử dụng lao động',
    'skilled-workers': 'Dành cho lao động có tay nghề',
    events: 'Sự kiện',
    'legal-changes': 'Thay đổi về pháp luật',
  },
};
