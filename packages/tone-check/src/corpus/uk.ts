import { THRESHOLDS, type Corpus } from './types.js';

const ARTICLE = 'articles/003_72cf329dbc16b9cd.txt';

export const UK_CORPUS: Corpus = {
  language: 'uk',
  guide: {
    thresholds: THRESHOLDS,
    address: [
      { id: 'uk-vy', severity: 'required', language: 'uk', choice: 'formal', capitalise: true },
    ],
    terms: [
      {
        id: 'uk-cheap',
        severity: 'required',
        kind: 'banned',
        language: 'uk',
        terms: ['дешевий'],
        replacement: 'вигідний',
      },
      {
        id: 'uk-discount',
        severity: 'recommended',
        kind: 'banned',
        language: 'uk',
        terms: ['знижка'],
        replacement: 'пропозиція',
      },
      {
        id: 'uk-likes',
        severity: 'recommended',
        kind: 'banned',
        language: 'uk',
        terms: ['лайк*'],
        replacement: 'вподобання',
      },
    ],
    escalation: [
      {
        id: 'uk-refund',
        severity: 'required',
        name: 'Повернення коштів',
        language: 'uk',
        terms: ['повернення коштів'],
      },
    ],
    emoji: { id: 'emoji', severity: 'recommended', policy: 'max', max: 3 },
    hashtags: { id: 'tags', severity: 'recommended', max: 3 },
    exclamations: { id: 'bang', severity: 'recommended', noRepeats: true },
    caps: { id: 'caps', severity: 'recommended', maxWords: 0 },
  },
  cases: [
    {
      about: 'a lower-case formal «ви» in a real sentence is asked to be capitalised',
      source: ARTICLE,
      text: 'Довіра покупців до бренду: ви показуєте себе як відкрита до діалогу та зацікавлена у клієнтах компанія.',
      expect: [['uk-vy', 'ви']],
      replacements: ['Ви'],
    },
    {
      about: 'a real sentence about audiences flags only the lower-case «ви»',
      source: ARTICLE,
      text: 'Якщо ви працюєте на кілька різних цільових аудиторій, то для кожної з них доведеться створити окремий майданчик для комунікацій.',
      expect: [['uk-vy', 'ви']],
    },
    {
      about: 'informal «ти», a 2nd-person verb and inflected banned words are found',
      text: 'Ти знаєш, де купити дешевий чай? У нас дешевого чаю немає, зате є знижки.',
      expect: [
        ['uk-vy', 'Ти'],
        ['uk-vy', 'знаєш'],
        ['uk-cheap', 'дешевий'],
        ['uk-cheap', 'дешевого'],
        ['uk-discount', 'знижки'],
      ],
      replacements: [undefined, undefined, 'вигідний', 'вигідний', 'пропозиція'],
    },
    {
      about: 'formal address with a capital passes',
      text: 'Дякуємо, що обираєте нас! Ваше замовлення вже в дорозі, а Вам прийде лист.',
      expect: [],
    },
    {
      about: 'an escalation phrase matches its inflected form',
      text: 'Хочете повернення коштів? З поверненням коштів допоможе менеджер.',
      expect: [
        ['uk-refund', 'повернення коштів'],
        ['uk-refund', 'поверненням коштів'],
      ],
    },
    {
      about: 'capitals, repeated exclamation marks, a fourth emoji and a fourth hashtag',
      text: 'НОВИНКА!!! Зимовий чай 🍵🍵🍵🍵 #чай #зима #знижки #новинка',
      expect: [
        ['caps', 'НОВИНКА'],
        ['bang', '!!!'],
        ['emoji', '🍵'],
        ['uk-discount', 'знижки'],
        ['tags', '#новинка'],
      ],
    },
    {
      about: 'a wildcard term matches any ending',
      text: 'Ставте лайки та діліться з друзями, а за сто лайків Ви отримаєте подарунок.',
      expect: [
        ['uk-likes', 'лайки'],
        ['uk-likes', 'лайків'],
      ],
    },
    {
      about: 'typographic and ASCII apostrophes are the same letter',
      text: "Наш м’ятний чай — дешевий? Ні: м'ятний чай просто смачний.",
      expect: [['uk-cheap', 'дешевий']],
    },
    {
      about: 'real prose about reputation passes',
      source: ARTICLE,
      text: 'Управління репутацією в соцмережах передбачає безперервний моніторинг згадок про бренд чи персону та управління дискусіями з клієнтами на їх території.',
      expect: [],
    },
    {
      about: 'real prose with a short acronym passes',
      source: ARTICLE,
      text: 'Крім того, для підкріплення офіційної позиції може бути організована експертна підтримка та розповсюдження PR-матеріалів.',
      expect: [],
    },
    {
      about: 'real prose about quality passes',
      source: ARTICLE,
      text: 'Якщо якість продуктів чи послуг дійсно низька, то керування репутацією в соцмережах не зможе кардинально змінити думку аудиторії.',
      expect: [],
    },
  ],
};
