import { THRESHOLDS, type Corpus } from './types.js';

const ARTICLE = 'articles/004_428a252ff4e37b48.txt';

export const TH_CORPUS: Corpus = {
  language: 'th',
  guide: {
    thresholds: THRESHOLDS,
    address: [{ id: 'th-ka', severity: 'required', language: 'th', choice: 'female' }],
    terms: [
      {
        id: 'th-cheap',
        severity: 'required',
        kind: 'banned',
        language: 'th',
        terms: ['ราคาถูก'],
        replacement: 'ราคาคุ้มค่า',
      },
    ],
    escalation: [
      { id: 'th-refund', severity: 'required', name: 'คืนเงิน', language: 'th', terms: ['คืนเงิน'] },
    ],
    emoji: { id: 'emoji', severity: 'recommended', policy: 'allow-list', allowed: ['🍵', '🙏'] },
  },
  cases: [
    {
      about: 'a real heading passes',
      source: ARTICLE,
      text: 'กำหนดกลยุทธ์พื้นฐานของคุณ',
      expect: [],
    },
    {
      about: 'a real sentence passes',
      source: ARTICLE,
      text: 'คุณอาจต้องปรับปรุงเว็บไซต์ทางกายภาพของคุณใหม่ทั้งหมดเพื่อให้สามารถบูรณาการ',
      expect: [],
    },
    {
      about: 'a banned term and the male particle are found in text without spaces',
      text: 'ชาของเราราคาถูกที่สุดครับ',
      expect: [
        ['th-cheap', 'ราคาถูก'],
        ['th-ka', 'ครับ'],
      ],
      replacements: ['ราคาคุ้มค่า', undefined],
    },
    {
      about: 'a rude pronoun inside a longer word (แก in แกง) is not flagged',
      text: 'แกงเขียวหวานอร่อยมากค่ะ 🍵',
      expect: [],
    },
    {
      about: 'an escalation topic inside running text, and an emoji not on the list',
      text: 'ต้องการคืนเงินติดต่อเราได้นะคะ 😡',
      expect: [
        ['th-refund', 'คืนเงิน'],
        ['emoji', '😡'],
      ],
    },
    {
      about: 'a rude pronoun on its own is flagged',
      text: 'มึงต้องลองชานี้',
      expect: [['th-ka', 'มึง']],
    },
    {
      about: 'real prose about goals passes',
      source: ARTICLE,
      text: 'เป้าหมายของการตลาดเพื่อสังคมในโลกไซเบอร์นั้นเหมือนกับในโลกแห่งความเป็นจริง',
      expect: [],
    },
    {
      about: 'real prose with spaces between phrases passes',
      source: ARTICLE,
      text: 'การประเมินสิทธิพิเศษ บริบท สภาพแวดล้อม และชุดเครื่องมือเป็นจุดเริ่มต้นที่สำคัญของแคมเปญการตลาดบนโซเชียลมีเดีย',
      expect: [],
    },
    {
      about: 'real prose with an English brand name passes',
      source: ARTICLE,
      text: 'ในแคมเปญดังกล่าว การโพสต์บน Facebook บนแฟนเพจ หน้ากลุ่ม หรือหน้าส่วนตัวจะไม่เป็นกระบวนการเดียวกัน',
      expect: [],
    },
  ],
};
