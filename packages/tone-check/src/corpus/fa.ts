import { THRESHOLDS, type Corpus } from './types.js';

const ARTICLE = 'articles/001_d8780a742e98acba.txt';

export const FA_CORPUS: Corpus = {
  language: 'fa',
  guide: {
    thresholds: THRESHOLDS,
    address: [{ id: 'fa-shoma', severity: 'required', language: 'fa', choice: 'formal' }],
    terms: [
      {
        id: 'fa-cheap',
        severity: 'required',
        kind: 'banned',
        language: 'fa',
        terms: ['ارزان'],
        replacement: 'به‌صرفه',
      },
      {
        id: 'fa-media',
        severity: 'recommended',
        kind: 'preferred',
        language: 'fa',
        terms: ['شبکه‌های اجتماعی'],
        replacement: 'رسانه‌های اجتماعی',
      },
    ],
    escalation: [
      {
        id: 'fa-payment',
        severity: 'required',
        name: 'مشکل پرداخت',
        language: 'fa',
        terms: ['مشکل پرداخت'],
      },
    ],
    emoji: { id: 'emoji', severity: 'recommended', policy: 'none' },
  },
  cases: [
    {
      about: 'a real sentence writes the preferred term with a space where the rule has a ZWNJ',
      source: ARTICLE,
      text: 'استراتژی شبکه های اجتماعی برخی ممکن است ببینند که نیازی به تعریف استراتژی رسانه های اجتماعی نیست.',
      expect: [['fa-media', 'شبکه های اجتماعی']],
      replacements: ['رسانه‌های اجتماعی'],
    },
    {
      about: 'a real sentence in the formal register passes',
      source: ARTICLE,
      text: 'شما به سادگی می توانید وارد یک بازی معناشناسی شوید.',
      expect: [],
    },
    {
      about: 'informal تو, an informal verb ending and a banned word with a ZWNJ suffix',
      text: 'تو می‌خوای چای ارزان بخری؟ ارزان‌ترین چای را به تو نمی‌فروشیم.',
      expect: [
        ['fa-shoma', 'تو'],
        ['fa-shoma', 'می‌خوای'],
        ['fa-cheap', 'ارزان'],
        ['fa-cheap', 'ارزان‌ترین'],
        ['fa-shoma', 'تو'],
      ],
    },
    {
      about: 'Arabic yeh and kaf (ي ك) are read as Persian ی ک',
      text: 'چاي ما ارزان نيست، اما كيفيت دارد و شبكه‌هاي اجتماعي آن را مي‌دانند.',
      expect: [
        ['fa-cheap', 'ارزان'],
        ['fa-media', 'شبكه‌هاي اجتماعي'],
      ],
    },
    {
      about: 'an escalation topic and formal verbs',
      text: 'اگر مشکل پرداخت دارید، با ما تماس بگیرید 🙏',
      expect: [
        ['fa-payment', 'مشکل پرداخت'],
        ['emoji', '🙏'],
      ],
    },
    {
      about: 'a word written without its ZWNJ still matches',
      text: 'ارزانترین پیشنهاد ما را ببینید.',
      expect: [['fa-cheap', 'ارزانترین']],
    },
    {
      about: 'real prose about goals passes',
      source: ARTICLE,
      text: 'این اهداف ممکن است ایجاد سرنخ، بهبود آگاهی از برند یا ایجاد یک اثر ویروسی باشد.',
      expect: [],
    },
    {
      about: 'real prose already using the preferred term passes',
      source: ARTICLE,
      text: 'استراتژی رسانه های اجتماعی طرحی است از چگونگی به حداکثر رساندن تعامل و تعامل در رسانه های اجتماعی برای دستیابی به هدف یک شرکت.',
      expect: [],
    },
    {
      about: 'real prose with a spaced می passes',
      source: ARTICLE,
      text: 'تعریف استراتژی رسانه های اجتماعی وعده می دهد که کمتر بحث برانگیز نباشد.',
      expect: [],
    },
  ],
};
