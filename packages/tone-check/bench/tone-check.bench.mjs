// `pnpm --filter @chorus/tone-check bench`: how long a check takes on this machine.
// - post: a 1,000-word post against a 200-rule guideline, cold (no paragraph cache), per language;
// - strategy: a 20,000-word English strategy, cold;
// - keystroke: a 5,000-word document after one paragraph changed (the editor's incremental path).
// Medians of repeated runs; the last line is one JSON object with the figures.
import { createChecker, validateGuide } from '../dist/index.js';
import { CORPORA } from '../dist/corpus/index.js';

const LANGS = ['en', 'vi', 'fa', 'he', 'uk', 'th'];

const EN_SENTENCES = [
  'Our tea house opens at nine every morning, and the first pot is always on us.',
  'We pick the leaves by hand in the hills above the river and dry them in the sun.',
  'Cheap tea is not what we make: every cup is brewed slowly, the way our grandmothers did.',
  'Ask us about the spring collection, the oolong with lotus and the green tea with jasmine.',
  'Read more at https://lotus.example/menu and tell us which blend you like best!',
  'Our guarantee is simple: if a cup is not right, we brew another one for you.',
];

function sentencesOf(language) {
  if (language === 'en') return EN_SENTENCES;
  return CORPORA.find((c) => c.language === language).cases.map((c) => c.text);
}

const thai = new Intl.Segmenter('th', { granularity: 'word' });
function wordCount(text, language) {
  if (language !== 'th') return text.split(/\s+/u).filter(Boolean).length;
  let n = 0;
  for (const s of thai.segment(text)) if (s.isWordLike) n += 1;
  return n;
}

/** Numbered paragraphs of about 80 words until the text has `words` words. */
function textOf(language, words) {
  const sentences = sentencesOf(language);
  const paragraphs = [];
  let current = '';
  let total = 0;
  let i = 0;
  while (total < words) {
    const sentence = sentences[i % sentences.length];
    i += 1;
    current = current ? `${current} ${sentence}` : sentence;
    total += wordCount(sentence, language);
    if (wordCount(current, language) >= 80) {
      // Numbered, so no two paragraphs are the same text (a cold run shares no analysis).
      paragraphs.push(`${paragraphs.length + 1}. ${current}`);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

/** 200 rules: the six corpus guidelines' rules plus generated term rules in every language. */
function guideOf() {
  const guides = CORPORA.map((c) => c.guide);
  const terms = guides.flatMap((g) => g.terms ?? []);
  const vocabulary = {
    en: ['synergy', 'best in class', 'world class', 'game changer', 'unbeatable', 'hurry*'],
    vi: ['rẻ nhất', 'hàng chợ', 'siêu rẻ', 'giật mình', 'sốc', 'hàng nhái'],
    fa: ['بی‌نظیر', 'فوق‌العاده', 'حراج', 'تخفیف ویژه', 'رایگان', 'باورنکردنی'],
    he: ['זול', 'הכי טוב', 'מטורף', 'חינם', 'בלעדי', 'מהמם'],
    uk: ['найдешевший', 'шалений', 'халява', 'розпродаж', 'неймовірний', 'супер*'],
    th: ['ถูกที่สุด', 'ลดกระหน่ำ', 'ฟรี', 'ของแท้', 'สุดคุ้ม', 'ด่วน'],
  };
  let n = 0;
  while (terms.length < 180) {
    const language = LANGS[n % LANGS.length];
    const words = vocabulary[language];
    const word = words[Math.floor(n / LANGS.length) % words.length];
    terms.push({
      id: `gen-${n}`,
      severity: n % 3 === 0 ? 'required' : 'recommended',
      kind: 'banned',
      language,
      terms: [`${word.replace(/\*$/u, '')}${n}${word.endsWith('*') ? '*' : ''}`, word],
      replacement: `ok${n}`,
    });
    n += 1;
  }
  const guide = {
    thresholds: { blockBelow: 60, warnBelow: 80 },
    address: guides.flatMap((g) => g.address ?? []),
    terms,
    escalation: guides.flatMap((g) => g.escalation ?? []),
    emoji: { id: 'emoji', severity: 'recommended', policy: 'max', max: 3 },
    hashtags: {
      id: 'tags',
      severity: 'recommended',
      max: 5,
      required: ['LotusTea'],
      banned: ['spam'],
    },
    exclamations: { id: 'bang', severity: 'recommended', max: 3, noRepeats: true },
    caps: { id: 'caps', severity: 'recommended', maxWords: 2 },
    links: { id: 'utm', severity: 'required', requireUtm: true },
    length: { id: 'len', severity: 'required' },
    readability: [
      { id: 'read-en', severity: 'recommended', language: 'en', minScore: 50 },
      { id: 'read-uk', severity: 'recommended', language: 'uk', minScore: 40 },
    ],
  };
  const count =
    guide.address.length +
    guide.terms.length +
    guide.escalation.length +
    6 +
    guide.readability.length;
  return { guide, count };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time; `cpu` (this process's CPU time) is printed beside it for a loaded machine. */
const cpuMedians = new Map();
function time(runs, action, label) {
  const samples = [];
  const cpu = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    action(i);
    samples.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  if (label) cpuMedians.set(label, median(cpu));
  return median(samples);
}

const round = (ms) => Math.round(ms * 100) / 100;

const { guide: raw, count } = guideOf();
let compiled;
const compileMs = time(20, () => {
  compiled = createChecker(validateGuide(raw));
  for (const language of LANGS) compiled.checkParagraphs(['x'], language, { detect: false });
});
const checker = compiled;
console.log(
  `guideline: ${count} rules, ${raw.terms.length} term rules; compile ${round(compileMs)} ms`,
);

const posts = {};
for (const language of LANGS) {
  const text = textOf(language, 1_000);
  for (let i = 0; i < 30; i += 1) checker.check(text, language, { network: 'facebook' }); // warm-up
  const ms = time(
    41,
    () => {
      checker.clearCache();
      checker.check(text, language, { network: 'facebook' });
    },
    `post_${language}`,
  );
  const result = checker.check(text, language, { network: 'facebook' });
  posts[language] = round(ms);
  console.log(
    `post ${language}: ${wordCount(text, language)} words, ${text.length} chars, ${result.findings.length} findings, median ${round(ms)} ms (cpu ${round(cpuMedians.get(`post_${language}`))} ms)`,
  );
}

const strategy = textOf('en', 20_000);
for (let i = 0; i < 3; i += 1) checker.check(strategy, 'en');
const strategyMs = time(
  15,
  () => {
    checker.clearCache();
    checker.check(strategy, 'en');
  },
  'strategy',
);
const strategyFindings = checker.check(strategy, 'en').findings.length;
console.log(
  `strategy en: ${wordCount(strategy, 'en')} words, ${strategy.length} chars, ${strategyFindings} findings, median ${round(strategyMs)} ms (cpu ${round(cpuMedians.get('strategy'))} ms)`,
);

const documentParagraphs = textOf('uk', 5_000).split('\n');
checker.clearCache();
checker.checkParagraphs(documentParagraphs, 'uk');
const keystrokeMs = time(
  101,
  (i) => {
    const edited = [...documentParagraphs];
    const at = i % edited.length;
    edited[at] = `${edited[at]} ${i}`;
    checker.checkParagraphs(edited, 'uk');
  },
  'keystroke',
);
console.log(
  `keystroke: ${documentParagraphs.length} paragraphs (5,000 words, uk), one changed, median ${round(keystrokeMs)} ms (cpu ${round(cpuMedians.get('keystroke'))} ms)`,
);

const figures = {
  rules: count,
  post_1000_words_ms: Math.max(...Object.values(posts)),
  post_1000_words_ms_by_language: posts,
  strategy_20000_words_ms: round(strategyMs),
  keystroke_5000_words_ms: round(keystrokeMs),
  compile_ms: round(compileMs),
  cpu_ms: Object.fromEntries([...cpuMedians].map(([key, value]) => [key, round(value)])),
};
console.log(JSON.stringify(figures));
