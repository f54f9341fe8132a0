
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
'dashboard.change': str`${0} so với ${1}`,
'dashboard.change.fell': str`giảm ${0} (${1}) so với ${2}`,
'dashboard.change.rose': str`tăng ${0} (${1}) so với ${2}`,
'dashboard.change.rose-from-zero': str`tăng ${0} so với ${1}`,
'dashboard.change.same': str`không đổi so với ${0}`,
'dashboard.chart.keys': `Dùng các phím mũi tên để chuyển từ điểm này sang điểm khác, Home và End để đến điểm đầu và điểm cuối.`,
'dashboard.csv': `Tải dữ liệu xuống dưới dạng CSV`,
'dashboard.dates': str`Dữ liệu tính đến ${0} · chỉnh sửa lần cuối: ${1}`,
'dashboard.heading': `Số liệu về di cư trong huyện`,
'dashboard.illustrative': `Dữ liệu minh họa, không phải số liệu thống kê chính thức`,
'dashboard.loading': `Đang tải số liệu…`,
'dashboard.point': str`${0}, tính đến ${1}: ${2}`,
'dashboard.point.single': str`Tính đến ${0}: ${1}`,
'dashboard.problem.not-found': `Chỉ số này không tồn tại.`,
'dashboard.source': str`Nguồn: ${0}`,
'dashboard.summary.empty': `Chưa có dữ liệu cho chỉ số này.`,
'dashboard.summary.fell': str`${0} giảm từ ${1} (${2}) xuống ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} – ${1}: nhiều nhất là ${2} (${3}), tiếp theo là ${4}.`,
'dashboard.summary.rose': str`${0} tăng từ ${1} (${2}) lên ${3} (${4}).`,
'dashboard.summary.same': str`${0} giữ nguyên ở mức ${3} từ ${1} đến ${2}.`,
'dashboard.summary.single': str`${0} – ${1}: ${2} (${3}).`,
'dashboard.table.caption.date': str`${0}, tính đến ${1}`,
'dashboard.table.caption.period': str`${0}, từ ${1} đến ${2}`,
'dashboard.table.category': `Nhóm`,
'dashboard.table.date': `Thời gian`,
'dashboard.table.hide': `Ẩn bảng`,
'dashboard.table.show': `Hiển thị dạng bảng`,
'dashboard.unit.persons.few': str`${0} người`,
'dashboard.unit.persons.many': str`${0} người`,
'dashboard.unit.persons.one': str`${0} người`,
'dashboard.unit.persons.other': str`${0} người`,
'dashboard.unit.persons.two': str`${0} người`,
'dashboard.unit.persons.zero': str`${0} người`,
'dashboard.unit.procedures.few': str`${0} thủ tục`,
'dashboard.unit.procedures.many': str`${0} thủ tục`,
'dashboard.unit.procedures.one': str`${0} thủ tục`,
'dashboard.unit.procedures.other': str`${0} thủ tục`,
'dashboard.unit.procedures.two': str`${0} thủ tục`,
'dashboard.unit.procedures.zero': str`${0} thủ tục`,
    };
  