import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const vi: AppointmentMailTexts = {
  holdSubject: (topic, when) => `Vui lòng xác nhận lịch hẹn: ${topic}, ${when}`,
  holdIntro: 'cảm ơn Quý vị đã đặt lịch. Chúng tôi đang giữ lịch hẹn này cho Quý vị:',
  holdAction: (minutes, until) =>
    `Vui lòng xác nhận lịch hẹn trong vòng ${minutesIn('vi', minutes, { other: 'phút' })} (trước ${until}) bằng đường liên kết này. Nếu không, thời gian này sẽ được dành cho người khác:`,
  holdNotYou:
    'Quý vị không đặt lịch hẹn này? Vậy Quý vị không cần làm gì: nếu không được xác nhận, thời gian sẽ được giải phóng và chúng tôi xóa thông tin.',
  confirmSubject: (topic, when) => `Xác nhận lịch hẹn: ${topic}, ${when}`,
  cancelSubject: (topic, when) => `Lịch hẹn đã hủy: ${topic}, ${when}`,
  greeting: 'Kính chào Quý vị,',
  confirmIntro: 'Cảm ơn Quý vị đã đặt lịch. Buổi tư vấn trực tuyến của Quý vị đã được xác nhận.',
  cancelledIntro: 'Theo yêu cầu của Quý vị, chúng tôi đã hủy buổi tư vấn.',
  cancelledByUsIntro: 'Rất tiếc, chúng tôi phải hủy buổi tư vấn của Quý vị. Chúng tôi xin lỗi.',
  cancelReasonLabel: 'Lý do',
  topicLabel: 'Chủ đề',
  timeLabel: 'Ngày và giờ',
  consultantTimeLabel: 'Giờ tại văn phòng tư vấn',
  languageLabel: 'Ngôn ngữ tư vấn',
  videoAction:
    'Đến giờ hẹn, vui lòng mở liên kết cuộc gọi video này. Quý vị chỉ cần một trình duyệt cập nhật, có camera và micrô:',
  calendarAction: 'Lịch hẹn để thêm vào lịch của Quý vị nằm trong tệp đính kèm (beratung.ics) và tại đây:',
  cancelAction: 'Nếu không thể tham gia, vui lòng hủy lịch hẹn tại đây để người khác có thể sử dụng thời gian này:',
  notYou:
    'Quý vị không đặt lịch hẹn này? Vậy vui lòng hủy bằng liên kết ở trên. Chúng tôi chỉ sử dụng thông tin của Quý vị cho lịch hẹn này.',
  cancelledCalendarHint: 'Mở tệp đính kèm (beratung.ics) để xóa lịch hẹn khỏi lịch của Quý vị.',
  rebookAction: 'Nếu Quý vị muốn đặt lịch hẹn mới, có thể đặt tại đây:',
  signature: (publisher) => `Trân trọng,\nĐội ngũ ${publisher}`,
  calendarSummary: (topic) => `Tư vấn: ${topic}`,
  calendarVideo: 'Cuộc gọi video',
  calendarCancel: 'Hủy lịch hẹn',
};
