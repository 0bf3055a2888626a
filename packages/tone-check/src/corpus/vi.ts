import { THRESHOLDS, type Corpus } from './types.js';

const ARTICLE = 'articles/000_a0f099d7b53ef694.txt';

export const VI_CORPUS: Corpus = {
  language: 'vi',
  guide: {
    thresholds: THRESHOLDS,
    address: [{ id: 'vi-quykhach', severity: 'required', language: 'vi', choice: 'quy-khach' }],
    terms: [
      {
        id: 'vi-cheap',
        severity: 'required',
        kind: 'banned',
        language: 'vi',
        terms: ['giá rẻ'],
        replacement: 'giá tốt',
      },
      {
        id: 'vi-promo',
        severity: 'recommended',
        kind: 'preferred',
        language: 'vi',
        terms: ['khuyến mãi'],
        replacement: 'ưu đãi',
      },
    ],
    escalation: [
      {
        id: 'vi-refund',
        severity: 'required',
        name: 'Hoàn tiền',
        language: 'vi',
        terms: ['hoàn tiền'],
      },
    ],
    hashtags: { id: 'tags', severity: 'recommended', max: 2 },
  },
  cases: [
    {
      about: 'a real question addresses the reader as bạn where the brand writes quý khách',
      source: ARTICLE,
      text: 'Ví dụ, bạn muốn gì từ trang Facebook?',
      expect: [['vi-quykhach', 'bạn']],
    },
    {
      about: 'a real sentence with bạn',
      source: ARTICLE,
      text: 'Gửi công việc tốt của bạn trong cơ sở kiến thức rất đơn giản.',
      expect: [['vi-quykhach', 'bạn']],
    },
    {
      about: 'two-syllable banned and preferred terms are found',
      text: 'Quý khách được mua trà giá rẻ nhất mùa này, khuyến mãi đến hết tháng.',
      expect: [
        ['vi-cheap', 'giá rẻ'],
        ['vi-promo', 'khuyến mãi'],
      ],
      replacements: ['giá tốt', 'ưu đãi'],
    },
    {
      about: 'diacritics are significant: «gia re» is not «giá rẻ»',
      text: 'Quý khách ơi, gia re la gi? Giá cả ở đây rất hợp lý.',
      expect: [],
    },
    {
      about: 'an escalation topic with a capital',
      text: 'Hoàn tiền trong 7 ngày nếu quý khách không hài lòng.',
      expect: [['vi-refund', 'Hoàn tiền']],
    },
    {
      about: 'another register written with a slash, and a third hashtag',
      text: 'Anh/chị có thể đặt bàn qua Zalo #trà #lotus #tết',
      expect: [
        ['vi-quykhach', 'Anh/chị'],
        ['tags', '#tết'],
      ],
    },
    {
      about: 'decomposed (NFD) input is matched and the range covers what was typed',
      text: 'Trà giá rẻ'.normalize('NFD'),
      expect: [['vi-cheap', 'giá rẻ'.normalize('NFD')]],
    },
    {
      about: 'real prose about planning passes',
      source: ARTICLE,
      text: 'Lập kế hoạch hiện diện trên các phương tiện truyền thông và mạng xã hội.',
      expect: [],
    },
    {
      about: 'real prose about advertising passes',
      source: ARTICLE,
      text: 'Phân tích khả năng của mạng xã hội như nền tảng quảng cáo để quảng cáo và xúc tiến truyền thông.',
      expect: [],
    },
    {
      about: 'a real heading passes',
      source: ARTICLE,
      text: 'Các tùy chọn để thực hiện chiến dịch quảng cáo trên mạng xã hội.',
      expect: [],
    },
  ],
};
