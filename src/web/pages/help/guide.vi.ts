import type { HelpSectionId } from './sections.js';

/** One section of the user guide: what it is for, then the steps as an officer does them. */
export interface GuideSection {
  title: string;
  intro?: string;
  steps?: string[];
  notes?: string[];
}

export interface Guide {
  title: string;
  intro: string;
  sections: Record<Exclude<HelpSectionId, 'glossary'>, GuideSection>;
  glossary: { title: string; intro: string; terms: { term: string; meaning: string }[] };
}

/** Hướng dẫn sử dụng (tiếng Việt), viết cho cán bộ xã, tỉnh và lãnh đạo. Thuật ngữ giống docs/glossary.md. */
export const GUIDE_VI: Guide = {
  title: 'Hướng dẫn sử dụng',
  intro:
    'Hướng dẫn các việc chính theo từng bước. Nút “Hướng dẫn” ở đầu mỗi trang mở đúng phần của trang đó. Cuối trang là bảng thuật ngữ: hệ thống dùng đúng một tên cho mỗi khái niệm.',
  sections: {
    'sign-in': {
      title: 'Đăng nhập và xác thực hai bước',
      intro: 'Mỗi người dùng một tài khoản riêng do quản trị viên cấp. Tài khoản gắn với một địa bàn: bạn chỉ thấy và sửa được dữ liệu trong địa bàn đó.',
      steps: [
        'Mở địa chỉ của hệ thống, nhập tên đăng nhập và mật khẩu, bấm “Đăng nhập”.',
        'Nếu tài khoản đã bật xác thực hai bước: mở ứng dụng xác thực trên điện thoại, nhập mã 6 chữ số rồi bấm “Xác nhận”. Mất điện thoại thì nhập một mã khôi phục.',
        'Để bật xác thực hai bước: bấm tên của bạn ở góc trên bên phải, chọn “Bảo mật tài khoản”, bấm “Bật xác thực hai bước”, quét mã QR bằng ứng dụng xác thực, nhập mã 6 chữ số rồi bấm “Xác nhận và bật”.',
        'In hoặc chép lại các mã khôi phục và cất nơi an toàn; các mã chỉ hiện một lần.',
        'Đổi mật khẩu: bấm tên của bạn, chọn “Đổi mật khẩu”. Nên dùng một cụm từ dài dễ nhớ.',
        'Làm xong thì bấm tên của bạn, chọn “Đăng xuất”, nhất là trên máy dùng chung.',
      ],
      notes: ['Quản trị viên bắt buộc dùng xác thực hai bước.', 'Đăng nhập sai nhiều lần thì tài khoản bị tạm chặn ít phút.'],
    },
    home: {
      title: 'Trang tổng quan',
      intro:
        'Trang đầu tiên sau khi đăng nhập: số hộ, nhân khẩu và cặp nghi trùng trong địa bàn của bạn, các báo cáo định kỳ đến hạn, các báo cáo bị trả lại kèm ý kiến của cấp trên và các lối tắt.',
      steps: [
        'Xem ô “Báo cáo định kỳ”: kỳ hiện tại, hạn nộp và trạng thái của từng biểu mẫu.',
        'Bấm “Nhập số liệu” để mở ngay biểu mẫu của kỳ đang mở.',
        'Báo cáo bị trả lại hiện ý kiến của tỉnh; sửa theo ý kiến đó rồi nộp lại.',
      ],
      notes: ['Nhãn “Dữ liệu mô phỏng” cho biết số liệu là dữ liệu tạo ra để tập huấn, không phải hộ, người thật.'],
    },
    'find-household': {
      title: 'Tìm một hộ',
      steps: [
        'Trên danh mục bên trái, chọn “Hộ gia đình”.',
        'Gõ tên chủ hộ, mã hộ hoặc số CCCD vào ô tìm kiếm; không cần gõ dấu.',
        'Thu hẹp danh sách bằng xã, phường, thôn, bản, dân tộc chủ hộ hoặc “Lọc thêm” (nghèo, nhà ở, nguồn nước…).',
        'Bấm mã hộ để mở phiếu hộ gia đình: thông tin hộ, thành viên, nghèo đa chiều, lịch sử và sự kiện.',
        'Muốn xem hộ như tại một ngày trong quá khứ, chọn ngày ở ô “Xem tại ngày”.',
      ],
      notes: ['Địa chỉ trang giữ các điều kiện lọc: có thể gửi cho đồng nghiệp để mở đúng danh sách đó.'],
    },
    'add-household': {
      title: 'Thêm hộ và thành viên',
      steps: [
        'Mở “Hộ gia đình”, bấm “Thêm hộ”.',
        'Chọn xã, phường và thôn, bản; nhập mã hộ (chữ, số và . _ - /, tối đa 30 ký tự), địa chỉ, điện thoại.',
        'Điền phần “Điều kiện sống”: nhà ở, nguồn nước sinh hoạt, điện, nhà tiêu, sinh kế chính, mức thu nhập, Internet.',
        'Ở phần “Thành viên”, nhập chủ hộ trước: họ và tên, giới tính, ngày sinh (hoặc năm sinh), dân tộc, số CCCD nếu có.',
        'Bấm “Thêm thành viên” cho từng người còn lại và chọn quan hệ với chủ hộ.',
        'Bấm “Lưu”. Hệ thống kiểm tra số CCCD (12 chữ số, khớp năm sinh và giới tính) và báo ngay ô nào sai.',
      ],
      notes: ['Hộ cần đúng một chủ hộ.', 'Tên các ô giống tên cột trong tệp mẫu nhập sổ hộ.'],
    },
    'life-event': {
      title: 'Ghi sự kiện: sinh, mất, chuyển đến, chuyển đi, tách hộ, nhập hộ, đổi chủ hộ',
      intro: 'Mọi thay đổi về người trong hộ được ghi bằng sự kiện, có ngày xảy ra, để xem lại được hộ tại bất kỳ ngày nào.',
      steps: [
        'Mở phiếu hộ gia đình, bấm “Ghi sự kiện” và chọn loại sự kiện.',
        'Nhập ngày xảy ra và những người liên quan (trẻ sinh ra, người mất, người chuyển đi…).',
        'Chuyển đi: chọn nơi đến là một xã, phường trong hệ thống hoặc ghi bằng chữ nơi khác; có thể nhập vào một hộ có sẵn hoặc lập hộ mới ở nơi đến.',
        'Tách hộ: chọn những người tách ra, chủ hộ mới và quan hệ của từng người với chủ hộ mới.',
        'Nếu chủ hộ ra khỏi hộ, chọn chủ hộ mới.',
        'Bấm “Lưu”. Sự kiện hiện ở thẻ “Sự kiện”, thay đổi hiện ở thẻ “Lịch sử”.',
      ],
    },
    persons: {
      title: 'Nhân khẩu',
      steps: [
        'Chọn “Nhân khẩu” trên danh mục; tìm theo họ tên hoặc số CCCD.',
        'Hồ sơ nhân khẩu là dữ liệu cá nhân: trước khi mở, nêu mục đích xem (ví dụ: rà soát hộ nghèo năm 2025). Mỗi lần xem được ghi vào nhật ký truy cập.',
        'Bấm “Sửa hồ sơ” để sửa thông tin của một người.',
      ],
    },
    import: {
      title: 'Nhập sổ hộ từ Excel',
      steps: [
        'Chọn “Nhập sổ hộ” trên danh mục.',
        'Bấm “Tệp mẫu Excel (.xlsx)” để tải tệp mẫu. Mỗi dòng là một nhân khẩu; các nhân khẩu cùng mã hộ thuộc một hộ. Các cột có mã có danh sách chọn.',
        'Điền tệp, giữ nguyên dòng tiêu đề. Tên cột giống tên ô trên màn hình (ví dụ “Thôn, bản”, “Nhà tiêu”, “Phân loại nghèo”); tệp theo tên cột cũ vẫn nhập được.',
        'Chọn tệp rồi bấm “Kiểm tra thử”: hệ thống đọc toàn bộ tệp, chưa ghi gì vào sổ.',
        'Nếu có lỗi, tải báo cáo lỗi (.xlsx), sửa đúng các dòng, cột được chỉ ra rồi kiểm tra lại; hoặc bật “Chỉ nhập các dòng hợp lệ”.',
        'Khi kiểm tra thử không còn lỗi, bấm “Nhập”. Kết quả cho biết số hộ, nhân khẩu thêm mới, cập nhật, không đổi.',
      ],
      notes: ['Tệp CSV theo bảng mã cũ (TCVN3, VNI) được tự chuyển sang Unicode; hãy xem lại các tên có dấu.'],
    },
    duplicates: {
      title: 'Xử lý nhân khẩu nghi trùng',
      intro: 'Hệ thống đề xuất các cặp nhân khẩu có thể là một người, kèm lý do (trùng số CCCD; tên gần giống, cùng năm sinh, cùng xã).',
      steps: [
        'Chọn “Nhân khẩu trùng” trên danh mục; danh sách “Chờ xử lý” hiện các cặp cần xem.',
        'So sánh hai người: họ và tên, ngày sinh, giới tính, dân tộc, CCCD, hộ.',
        'Nếu là một người: bấm “Gộp”, chọn người giữ lại. Thông tin và quan hệ hộ của người bị gộp chuyển sang người được giữ.',
        'Nếu là hai người khác nhau (ví dụ anh em sinh đôi): bấm “Không phải trùng” và ghi chú.',
        'Bấm “Quét lại” sau khi nhập thêm dữ liệu để tìm cặp mới.',
      ],
    },
    profile: {
      title: 'Hồ sơ địa bàn',
      steps: [
        'Chọn “Hồ sơ địa bàn”, chọn xã, tỉnh (hoặc huyện trước 01/07/2025), ngày xem và năm xét nghèo.',
        'Xem số hộ, nhân khẩu, tỷ lệ hộ nghèo, cận nghèo, biểu đồ theo dân tộc và tháp dân số.',
        'Bấm vào một số để mở danh sách hộ hoặc nhân khẩu tương ứng.',
        'Bấm “In” để in hồ sơ khổ A4.',
      ],
    },
    'report-entry': {
      title: 'Nhập và nộp báo cáo định kỳ',
      steps: [
        'Chọn “Báo cáo định kỳ” → “Nhập số liệu”. Cán bộ xã được chọn sẵn đơn vị của mình và kỳ đang mở.',
        'Chọn biểu mẫu, đơn vị báo cáo và kỳ báo cáo nếu cần đổi.',
        'Nhập số vào từng ô theo cách viết Việt Nam (1.000.000; 1.234,5). Mỗi ô được lưu ngay; dòng trạng thái cho biết còn bao nhiêu ô chưa lưu hoặc bị từ chối.',
        'Ô “Tính từ sổ hộ” lấy số liệu từ sổ hộ; muốn sửa phải ghi lý do.',
        'Bấm “Kiểm tra số liệu” để xem các lỗi, cảnh báo theo quy tắc kiểm tra; bấm vào lỗi để đến đúng ô.',
        'Bấm “Nộp báo cáo” và xác nhận. Không nộp được khi còn ô bị từ chối, chưa lưu hoặc còn lỗi mức cao.',
      ],
      notes: ['Có thể tải mẫu Excel của biểu, điền ngoài máy rồi tải lên; tệp được kiểm tra như khi nhập trên màn hình.'],
    },
    approve: {
      title: 'Duyệt hoặc trả lại báo cáo',
      intro: 'Cán bộ tỉnh duyệt báo cáo các xã đã nộp.',
      steps: [
        'Mở “Tình hình nộp”, bấm “Mở” ở dòng của đơn vị có trạng thái “Đã nộp”.',
        'Xem số liệu và kết quả kiểm tra.',
        'Bấm “Duyệt” nếu đạt: số liệu bị khóa.',
        'Bấm “Trả lại”, ghi rõ nội dung cần sửa: xã thấy ý kiến này ở trang tổng quan và trên biểu mẫu.',
        'Báo cáo đã duyệt cần sửa thì bấm “Mở lại” và ghi lý do.',
      ],
    },
    completeness: {
      title: 'Tình hình nộp và đôn đốc',
      steps: [
        'Chọn “Tình hình nộp”, chọn biểu mẫu và kỳ.',
        'Xem tỷ lệ nộp và tỷ lệ đúng hạn của địa bàn, và trạng thái từng đơn vị: chưa nhập, đang nhập, đã nộp, đã duyệt, bị trả lại.',
        'Danh sách “Cần đôn đốc” gồm các đơn vị quá hạn chưa nộp: liên hệ các đơn vị này.',
        'Bấm “In” để in danh sách kèm tiêu đề và ngày in.',
      ],
    },
    totals: {
      title: 'Tổng hợp số liệu',
      steps: [
        'Chọn “Tổng hợp báo cáo”, chọn biểu mẫu, loại kỳ, kỳ, đơn vị tổng hợp và chỉ tiêu.',
        'Chọn phân tổ (theo dân tộc, giới tính…) nếu cần.',
        'Với kỳ trước 01/07/2025, chọn xem theo đơn vị “Như trong kỳ” (đơn vị cũ) hoặc “Như hiện nay” (cộng số liệu đơn vị cũ vào đơn vị mới) và cách tính đơn vị cũ bị chia tách.',
        'Xem biểu đồ và bảng; bấm tiêu đề cột để sắp xếp; tải về Excel nếu cần.',
      ],
    },
    dhis2: {
      title: 'Trao đổi dữ liệu với DHIS2',
      intro: 'Dành cho cán bộ tỉnh và quản trị viên: nhận và gửi số liệu theo định dạng của DHIS2.',
      steps: [
        'Chọn “Trao đổi DHIS2”.',
        'Nhận số liệu: chọn tệp (JSON, CSV, XML hoặc ADX), chọn cách nhập và mã định danh, bấm chạy thử. Xem kết quả rồi mới nhập thật.',
        'Gửi số liệu: chọn biểu mẫu, đơn vị và kỳ, chọn định dạng và tải tệp về để nạp vào DHIS2.',
        'Nhập danh mục báo cáo từ DHIS2: luôn chạy thử trước.',
      ],
    },
    'report-metadata': {
      title: 'Danh mục báo cáo',
      intro: 'Quản trị viên khai báo biểu mẫu, chỉ tiêu, phân tổ, kỳ báo cáo, hạn nộp và quy tắc kiểm tra.',
      steps: [
        'Chọn “Danh mục báo cáo”, chọn thẻ cần sửa (biểu mẫu, chỉ tiêu, phân tổ…).',
        'Bấm “Thêm mới” hoặc “Sửa”, điền và lưu. Mục không dùng nữa thì “Ngừng dùng”: số liệu cũ vẫn giữ.',
      ],
    },
    'users-areas': {
      title: 'Người dùng và địa bàn',
      intro: 'Quản trị viên và cán bộ tỉnh cấp tài khoản.',
      steps: [
        'Chọn “Người dùng”, bấm “Thêm người dùng”.',
        'Nhập tên đăng nhập (chữ thường không dấu), họ và tên, vai trò, phạm vi (xã hoặc tỉnh người đó phụ trách), ngôn ngữ và mật khẩu ban đầu.',
        'Báo mật khẩu ban đầu cho người dùng; họ nên đổi ngay khi đăng nhập lần đầu.',
        'Khi người dùng quên mật khẩu: “Đặt lại mật khẩu”. Bị tạm chặn: “Mở khóa”. Nghỉ việc: “Vô hiệu hóa”.',
        'Địa bàn (đơn vị hành chính, thôn, bản) xem ở các trang danh mục; đơn vị hành chính có hiệu lực theo ngày, trước và sau sắp xếp 01/07/2025.',
      ],
    },
    catalogues: {
      title: 'Danh mục: dân tộc, đơn vị hành chính, thôn, bản, phân loại vùng, bản đồ',
      steps: [
        'Danh mục dân tộc: 54 dân tộc và tên gọi khác; tìm không cần dấu.',
        'Đơn vị hành chính: chọn ngày để xem cây đơn vị tại ngày đó; mỗi đơn vị cho biết hình thành từ đâu và trở thành đơn vị nào.',
        'Thôn, bản: chọn xã, phường để xem; cán bộ có quyền có thể thêm, đổi tên, sáp nhập, ngừng hoạt động hoặc nhập từ Excel.',
        'Phân loại vùng: khu vực I, II, III, xã và thôn đặc biệt khó khăn theo từng giai đoạn; tra cứu theo ngày.',
        'Bản đồ ranh giới: vẽ từ dữ liệu lưu trong hệ thống, không cần Internet.',
      ],
    },
    audit: {
      title: 'Nhật ký thay đổi và nhật ký truy cập',
      steps: [
        'Nhật ký: mọi thao tác ghi, sửa, xóa, đăng nhập, ai làm, lúc nào, trước và sau thay đổi.',
        'Nhật ký truy cập: ai đã xem hồ sơ nhân khẩu nào, với mục đích gì.',
        'Lọc theo người thực hiện, thao tác, đối tượng và khoảng thời gian.',
        'Yêu cầu sử dụng dữ liệu: cơ quan khác, nhà nghiên cứu gửi yêu cầu (trường dữ liệu, địa bàn, kỳ, mục đích, căn cứ pháp lý, thời hạn lưu giữ); cán bộ cấp tỉnh hoặc quản trị viên duyệt hoặc từ chối, có ghi lý do. Bên yêu cầu chỉ tải được đúng các trường được duyệt, trong thời hạn được duyệt.',
        'Báo cáo bảo vệ dữ liệu cá nhân: ai đã đọc, xuất dữ liệu nào, theo yêu cầu nào; lịch sử truy cập hồ sơ của một người; dữ liệu quá thời hạn lưu giữ.',
      ],
    },
    print: {
      title: 'In',
      intro: 'Phiếu hộ gia đình, hồ sơ địa bàn và các danh sách có nút “In”.',
      steps: [
        'Bấm “In”: trình duyệt mở hộp thoại in, khổ A4, không có danh mục và thanh tiêu đề.',
        'Bản in có tên đơn vị, tên tài liệu, ngày in và người in; phiếu hộ và hồ sơ có phần ký tên.',
        'Danh sách in đúng các dòng đang lọc. Nếu danh sách dài hơn trang đang xem, hệ thống hỏi in trang đang xem hay in tất cả (tối đa 500 dòng).',
        'Muốn lưu thành tệp, chọn máy in “Lưu dưới dạng PDF”.',
      ],
    },
  },
  glossary: {
    title: 'Thuật ngữ',
    intro: 'Mỗi khái niệm có một tên, dùng giống nhau trên màn hình, trong tệp mẫu, bản in và tài liệu.',
    terms: [
      {
        term: 'Dữ liệu mô phỏng',
        meaning: 'Hộ, người và số liệu do hệ thống tạo ra để tập huấn, thử nghiệm; không phải hộ, người thật, không dùng để báo cáo.',
      },
      { term: 'Sổ hộ', meaning: 'Sổ quản lý hộ gia đình và nhân khẩu vùng đồng bào dân tộc thiểu số của một địa bàn.' },
      { term: 'Hộ gia đình', meaning: 'Một hộ trong sổ, có mã hộ, một chủ hộ và các thành viên.' },
      { term: 'Mã hộ', meaning: 'Mã do xã đặt cho hộ, không trùng trong một xã.' },
      { term: 'Chủ hộ', meaning: 'Người đại diện của hộ; mỗi hộ có đúng một chủ hộ.' },
      { term: 'Nhân khẩu', meaning: 'Một người trong sổ hộ.' },
      { term: 'Thành viên', meaning: 'Nhân khẩu đang ở trong một hộ, với quan hệ với chủ hộ.' },
      { term: 'Số CCCD', meaning: 'Số căn cước (căn cước công dân) 12 chữ số.' },
      { term: 'Sự kiện', meaning: 'Thay đổi về người trong hộ: sinh, mất, chuyển đến, chuyển đi, tách hộ, nhập hộ, đổi chủ hộ.' },
      { term: 'Cặp nghi trùng', meaning: 'Hai nhân khẩu có thể là một người; được gộp hoặc ghi nhận không phải trùng.' },
      { term: 'Hộ nghèo, hộ cận nghèo', meaning: 'Phân loại nghèo của hộ theo chuẩn nghèo đa chiều của một năm (năm xét nghèo).' },
      { term: 'Chỉ số thiếu hụt', meaning: 'Các dịch vụ xã hội cơ bản hộ còn thiếu theo chuẩn nghèo đa chiều.' },
      { term: 'Phạm vi (địa bàn)', meaning: 'Đơn vị hành chính tài khoản được giao; người dùng chỉ thấy dữ liệu trong phạm vi của mình.' },
      { term: 'Đơn vị hành chính', meaning: 'Tỉnh, thành phố; xã, phường, đặc khu (từ 01/07/2025). Trước 01/07/2025 còn có cấp huyện.' },
      {
        term: 'Sắp xếp đơn vị hành chính',
        meaning: 'Việc hợp nhất, sáp nhập đơn vị hành chính có hiệu lực từ 01/07/2025; hệ thống lưu đơn vị trước và sau ngày đó.',
      },
      { term: 'Tại ngày', meaning: 'Ngày mà danh sách, hộ hoặc hồ sơ được xem như vào ngày đó.' },
      { term: 'Thôn, bản', meaning: 'Đơn vị dân cư dưới xã: thôn, bản, xóm, tổ dân phố.' },
      { term: 'Phân loại vùng', meaning: 'Khu vực I, II, III; xã, thôn đặc biệt khó khăn theo quyết định của từng giai đoạn.' },
      { term: 'Hồ sơ địa bàn', meaning: 'Số liệu tổng hợp từ sổ hộ của một xã, huyện hoặc tỉnh tại một ngày.' },
      { term: 'Biểu mẫu', meaning: 'Biểu báo cáo định kỳ gồm các chỉ tiêu.' },
      { term: 'Chỉ tiêu', meaning: 'Một số liệu trong biểu mẫu, có đơn vị tính (hộ, người, triệu đồng…).' },
      { term: 'Phân tổ', meaning: 'Cách chia một chỉ tiêu: theo dân tộc, giới tính, nhóm tuổi…' },
      { term: 'Kỳ báo cáo', meaning: 'Tháng, quý, 6 tháng, 9 tháng hoặc năm mà báo cáo nói đến.' },
      { term: 'Hạn nộp', meaning: 'Ngày cuối cùng được nộp báo cáo của một kỳ.' },
      { term: 'Nộp báo cáo', meaning: 'Xã gửi báo cáo lên tỉnh; sau khi nộp không sửa được số liệu.' },
      { term: 'Duyệt, trả lại, mở lại', meaning: 'Tỉnh chấp nhận báo cáo (khóa số liệu), gửi trả để sửa kèm ý kiến, hoặc mở lại báo cáo đã duyệt.' },
      { term: 'Tỷ lệ nộp, tỷ lệ đúng hạn', meaning: 'Số đơn vị đã nộp (đúng hạn) trên số đơn vị phải nộp, viết như 0,7%.' },
      { term: 'Đôn đốc', meaning: 'Nhắc các đơn vị quá hạn chưa nộp.' },
      { term: 'Quy tắc kiểm tra', meaning: 'Điều kiện số liệu phải đạt; lỗi mức cao chặn nộp.' },
      { term: 'Tệp mẫu', meaning: 'Tệp Excel có sẵn tiêu đề cột để điền rồi nhập vào hệ thống.' },
      { term: 'Kiểm tra thử (chạy thử)', meaning: 'Đọc và kiểm tra tệp mà chưa ghi gì.' },
      { term: 'DHIS2', meaning: 'Phần mềm thống kê y tế, xã hội dùng rộng rãi; hệ thống trao đổi số liệu với DHIS2.' },
      { term: 'Mã định danh', meaning: 'Mã 11 ký tự DHIS2 dùng để nhận biết chỉ tiêu, đơn vị, biểu mẫu.' },
      { term: 'Xác thực hai bước', meaning: 'Đăng nhập bằng mật khẩu và mã 6 chữ số trên điện thoại.' },
      { term: 'Mã khôi phục', meaning: 'Mã dùng một lần để đăng nhập khi không có điện thoại.' },
      { term: 'Nhật ký', meaning: 'Ghi lại mọi thay đổi: ai, lúc nào, trước và sau.' },
      { term: 'Nhật ký truy cập', meaning: 'Ghi lại mỗi lần xem hồ sơ nhân khẩu và mục đích xem.' },
    ],
  },
};
