
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
'dashboard.change': str`${0}${1} so với ${2}`,
'dashboard.csv': `Tải dữ liệu xuống dưới dạng CSV`,
'dashboard.dates': str`Dữ liệu tính đến ${0} · chỉnh sửa lần cuối: ${1}`,
'dashboard.heading': `Số liệu về di cư trong huyện`,
'dashboard.illustrative': `Dữ liệu minh họa, không phải số liệu thống kê chính thức`,
'dashboard.loading': `Đang tải số liệu…`,
'dashboard.problem.network': `Không có kết nối đến máy chủ. Vui lòng thử lại.`,
'dashboard.problem.not-found': `Chỉ số này không tồn tại.`,
'dashboard.problem.offline': `Quý vị đang ngoại tuyến. Cần kết nối mạng để hiển thị số liệu.`,
'dashboard.problem.server': `Số liệu hiện không khả dụng. Vui lòng thử lại sau.`,
'dashboard.source': str`Nguồn: ${0}`,
'dashboard.summary.empty': `Chưa có dữ liệu cho chỉ số này.`,
'dashboard.summary.fell': str`${0} giảm từ ${1} (${2}) xuống ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} – ${1}: nhiều nhất là ${2} (${3}), tiếp theo là ${4}.`,
'dashboard.summary.rose': str`${0} tăng từ ${1} (${2}) lên ${3} (${4}).`,
'dashboard.summary.same': str`${0} giữ nguyên ở mức ${3} từ ${1} đến ${2}.`,
'dashboard.summary.single': str`${0} – ${1}: ${2} (${3}).`,
'dashboard.table.date': `Thời gian`,
'dashboard.table.hide': `Ẩn bảng`,
'dashboard.table.show': `Hiển thị dạng bảng`,
    };
  