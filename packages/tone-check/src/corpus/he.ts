import { THRESHOLDS, type Corpus } from './types.js';

const ARTICLE = 'articles/002_8b26ee5115e94b33.txt';

export const HE_CORPUS: Corpus = {
  language: 'he',
  guide: {
    thresholds: THRESHOLDS,
    address: [{ id: 'he-atem', severity: 'required', language: 'he', choice: 'plural' }],
    terms: [
      {
        id: 'he-sale',
        severity: 'required',
        kind: 'banned',
        language: 'he',
        terms: ['מבצע'],
        replacement: 'הטבה',
      },
      {
        id: 'he-cheap',
        severity: 'recommended',
        kind: 'banned',
        language: 'he',
        terms: ['זול*'],
        replacement: 'משתלם',
      },
    ],
    escalation: [
      {
        id: 'he-refund',
        severity: 'required',
        name: 'החזר כספי',
        language: 'he',
        terms: ['החזר כספי'],
      },
    ],
    hashtags: { id: 'tags', severity: 'recommended', banned: ['מבצעים'] },
  },
  cases: [
    {
      about: 'a real sentence addresses the reader as אתה where the brand writes אתם',
      source: ARTICLE,
      text: 'תחשוב על מה אתה רוצה להשיג עם SMM.',
      expect: [['he-atem', 'אתה']],
    },
    {
      about: 'another real sentence with אתה',
      source: ARTICLE,
      text: 'אתה רק צריך להירשם ולפרסם מחדש את ההשתתפות בתחרות.',
      expect: [['he-atem', 'אתה']],
    },
    {
      about: 'a banned word behind stacked prefixes is found, the range leaving the prefixes out',
      text: 'ובמבצע של השבוע תקבלו חבילה זולה — והמבצע נגמר ביום שישי.',
      expect: [
        ['he-sale', 'מבצע'],
        ['he-cheap', 'זולה'],
        ['he-sale', 'מבצע'],
      ],
      replacements: ['הטבה', 'משתלם', 'הטבה'],
    },
    {
      about: 'the brand’s own plural address passes and an escalation phrase is found',
      text: 'אתם מוזמנים לבקש החזר כספי בכל שאלה.',
      expect: [['he-refund', 'החזר כספי']],
    },
    {
      about: 'a word with niqqud is matched and its range keeps the marks',
      text: 'מִבְצָע מיוחד לחברי המועדון',
      expect: [['he-sale', 'מִבְצָע']],
    },
    {
      about: 'an inclusive slash form is flagged when the brand writes the plural',
      text: 'לקוחות יקרים, את/ה מוזמנ/ת לטעום #מבצעים',
      expect: [
        ['he-atem', 'את/ה'],
        ['tags', '#מבצעים'],
      ],
    },
    {
      about: 'real prose without direct address passes',
      source: ARTICLE,
      text: 'אם, למשל, קהל היעד שלך הרבה יותר טוב בתוכן וידאו מאשר בתוכן טקסט, אז עדיף הרבה יותר להתמקד בוידאו.',
      expect: [],
    },
    {
      about: 'real prose in the plural passes',
      source: ARTICLE,
      text: 'לאחר שתענו על כל השאלות הללו, יתברר לכם איך והיכן להמשיך הלאה.',
      expect: [],
    },
    {
      about: 'a long real sentence flags only its אתה',
      source: ARTICLE,
      text: 'לאחר מכן, אתה צריך לחשוב יותר לעומק על מרכיבים חשובים, כלומר איך תתקשר עם הקהל שלך, איך תיצור תוכן ואיך תמיר מבקרים בקהילה ללקוחות.',
      expect: [['he-atem', 'אתה']],
    },
  ],
};
