import type { LanguageTexts } from './types.js';

export const vi: LanguageTexts = {
  template: {
    sections: {
      goals: {
        heading: 'Mục tiêu và nhiệm vụ',
        hint: 'Xác định thương hiệu muốn đạt được gì trên mạng xã hội và đặt mỗi mục tiêu theo SMART: cụ thể, đo lường được, khả thi, phù hợp và có thời hạn. Mỗi mục tiêu cần có chỉ số, con số cụ thể và thời hạn, ví dụ: thêm 300 người theo dõi trong 3 tháng. Doanh số hiếm khi đến trực tiếp, vì vậy hãy bổ sung các mục tiêu phụ dẫn đến doanh số: độ nhận biết, cộng đồng trung thành, uy tín chuyên môn, khách hàng tiềm năng.',
      },
      segments: {
        heading: 'Phân khúc khách hàng',
        hint: 'Chia đối tượng mục tiêu thành các phân khúc theo đặc điểm của họ và điều họ cần ở thương hiệu. Với mỗi phân khúc, ghi rõ quy mô, nhu cầu và mối liên hệ với sản phẩm.',
      },
      personas: {
        heading: 'Chân dung khách hàng',
        hint: 'Vẽ chân dung một người điển hình của từng phân khúc chính: độ tuổi, nơi sống, nghề nghiệp, sở thích, mạng xã hội thường dùng, thời gian online, loại nội dung yêu thích và vấn đề họ muốn giải quyết.',
      },
      trends: {
        heading: 'Xu hướng hành vi',
        hint: 'Cách khách hàng sống, mua sắm và trò chuyện trên mạng đang thay đổi ra sao? Ghi lại những xu hướng ảnh hưởng đến sản phẩm và cách họ ra quyết định.',
      },
      mediaConsumption: {
        heading: 'Thói quen tiếp nhận thông tin',
        hint: 'Khách hàng tìm thông tin ở đâu và khi nào: mạng xã hội, blog, diễn đàn hay báo chí nào, vào khung giờ nào, trên thiết bị gì? Họ cần biết gì trước khi quyết định mua?',
      },
      driversBarriers: {
        heading: 'Động lực và rào cản',
        hint: 'Với mỗi phân khúc, liệt kê những gì thúc đẩy khách hàng đến với sản phẩm (động lực) và những gì khiến họ chần chừ (rào cản). Chiến lược cần củng cố động lực và gỡ bỏ rào cản.',
      },
      competitors: {
        heading: 'Phân tích đối thủ cạnh tranh',
        hint: 'Tìm hiểu đối thủ đang làm gì trên mạng xã hội: nền tảng nào, tần suất đăng bài, loại nội dung, điều gì hiệu quả với họ và điều gì không.',
      },
      platforms: {
        heading: 'Lựa chọn nền tảng',
        hint: 'Chọn những mạng xã hội và nền tảng nơi khách hàng hiện diện và phục vụ được mục tiêu, nêu rõ vai trò của từng nền tảng. Đừng cố có mặt ở mọi nơi cùng lúc.',
      },
      insight: {
        heading: 'Insight khách hàng',
        hint: 'Một đến hai câu: sự thật ngầm hiểu về khách hàng mà thương hiệu có thể đáp lại. Ý tưởng sáng tạo và nội dung được xây dựng từ đây.',
      },
      brandRole: {
        heading: 'Vai trò thương hiệu',
        hint: 'Thương hiệu đóng vai trò gì trong cuộc sống của khách hàng và trong cộng đồng: chuyên gia, người bạn, người hỗ trợ hay người mang lại niềm vui? Hãy xây dựng vai trò này từ insight.',
      },
      community: {
        heading: 'Ý tưởng cộng đồng',
        hint: 'Mô tả cộng đồng mà thương hiệu xây dựng: điều gì gắn kết các thành viên, vì sao họ quay lại, hoạt động nào giữ cho cuộc trò chuyện luôn sôi nổi và cộng đồng có những quy tắc gì.',
      },
      tactics: {
        heading: 'Chiến thuật giao tiếp',
        hint: 'Thống nhất giọng điệu và cách xưng hô với khách hàng (trang trọng hay thân mật). Quyết định ai trả lời bình luận và đăng bài, thương hiệu lên tiếng với tư cách tập thể hay thay mặt một người cụ thể. Chỉ định chuyên gia trưởng để trả lời những câu hỏi khó nhất và xử lý xung đột, đồng thời quy định khi nào cần chuyển vấn đề lên cho người này.',
      },
      contentPlan: {
        heading: 'Nguyên tắc lập kế hoạch nội dung',
        hint: 'Xác định các nhóm nội dung (ví dụ: giải trí, chuyên môn, uy tín, quảng cáo) và tỷ lệ của từng nhóm. Theo kinh nghiệm, bài quảng cáo không nên vượt quá 20% tổng nội dung. Đặt nhịp đăng bài và khung giờ đăng phù hợp cho từng mạng xã hội.',
      },
      conversion: {
        heading: 'Hành trình chuyển đổi',
        hint: 'Mô tả con đường để người đọc trở thành khách hàng: từ bài đăng đến trang đích, tin nhắn hoặc cửa hàng. Dùng liên kết và trang đích riêng để theo dõi được từng chuyển đổi.',
      },
      kpi: {
        heading: 'Kế hoạch KPI',
        hint: 'Xây dựng KPI từ các mục tiêu: người theo dõi, lượt tiếp cận, tỷ lệ tương tác (lượt tương tác ÷ số thành viên cộng đồng), lượt nhấp, chuyển đổi, chi phí, doanh thu. Đặt chỉ tiêu cho từng kỳ.',
      },
      measurement: {
        heading: 'Đo lường và điều chỉnh',
        hint: 'Quy định đo lường kết quả như thế nào, bao lâu một lần, bằng công cụ gì và ai là người xem xét. Lên kế hoạch điều chỉnh chiến lược khi số liệu lệch khỏi chỉ tiêu.',
      },
      readiness: {
        heading: 'Danh sách kiểm tra trước khi triển khai',
        hint: 'Đánh dấu từng mục trước khi bắt đầu chiến dịch.',
      },
    },
    checklist: {
      strategy: 'Đã có chiến lược cơ bản: mục tiêu, ngân sách và lộ trình được thống nhất',
      environment: 'Đã nghiên cứu môi trường chiến dịch: thị trường, khách hàng, đối thủ',
      platformsTools: 'Đã chọn nền tảng và công cụ phù hợp với kế hoạch',
      budget: 'Ngân sách quảng cáo sát thực tế và đã được duyệt',
      team: 'Đã lập đội ngũ và phân công người quản lý cộng đồng',
      influencers: 'Đã xác định các blogger và người có ảnh hưởng phù hợp',
      measurementTools: 'Đã thiết lập công cụ đo lường và so sánh',
      offline: 'Đã lên kế hoạch các hoạt động offline hỗ trợ chiến dịch',
      editorialRules: 'Đã có quy tắc biên tập cho bài đăng, hình ảnh, video và bình luận',
      beHuman: 'Luôn gần gũi như một con người: ngôn ngữ giản dị, lịch sự, biết lắng nghe',
    },
  },
  labels: {
    documentTitle: 'Chiến lược SMM',
    goalFields: {
      statement: 'Mục tiêu',
      metric: 'Chỉ số đo lường',
      baseline: 'Mức hiện tại',
      target: 'Chỉ tiêu',
      deadline: 'Thời hạn',
      why: 'Vì sao quan trọng',
    },
    smartCheck: 'Kiểm tra SMART',
    smartLetters: {
      S: 'Cụ thể',
      M: 'Đo lường được',
      A: 'Khả thi',
      R: 'Phù hợp',
      T: 'Có thời hạn',
    },
    smartIssues: {
      statement_missing: 'chưa nêu mục tiêu',
      metric_missing: 'chưa chọn chỉ số đo lường',
      baseline_not_number: 'mức hiện tại không phải là số',
      target_missing: 'chưa có chỉ tiêu',
      target_not_number: 'chỉ tiêu không phải là số',
      deadline_missing: 'chưa có thời hạn',
      deadline_invalid: 'thời hạn không phải là ngày hợp lệ',
      deadline_past: 'đã quá thời hạn',
    },
    persona: 'Chân dung khách hàng',
    personaFields: {
      name: 'Tên',
      ageRange: 'Độ tuổi',
      location: 'Nơi sống',
      occupation: 'Nghề nghiệp',
      interests: 'Sở thích',
      networks: 'Mạng xã hội',
      activeHours: 'Thời gian online',
      contentPreferences: 'Nội dung yêu thích',
      needs: 'Nhu cầu và nỗi lo',
    },
    driverBarrierFields: { segment: 'Phân khúc', drivers: 'Động lực', barriers: 'Rào cản' },
    competitorFields: {
      name: 'Đối thủ',
      network: 'Nền tảng',
      frequency: 'Tần suất đăng bài',
      contentTypes: 'Loại nội dung',
      works: 'Điều hiệu quả',
      fails: 'Điều chưa hiệu quả',
    },
    insight: 'Insight',
    brandRole: 'Vai trò thương hiệu',
  },
};
