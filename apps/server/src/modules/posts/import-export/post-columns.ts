import {
  BASE_POST_FIELDS,
  type BasePostField,
  type ColumnMapping,
  NETWORK_IDS,
  NETWORKS,
  type NetworkId,
  type PostField,
} from '@chorus/post-model';

/*
 * The columns of a posts file: what each field is called in an export, and the header
 * names an import recognises for it on its own (English and the app's other five
 * languages), before the person changes the mapping.
 */

/** The header each field is exported under. */
export function exportHeader(field: PostField): string {
  if (field.startsWith('text:')) {
    return `Text: ${NETWORKS[field.slice(5) as NetworkId].label}`;
  }
  return EXPORT_HEADERS[field as BasePostField];
}

const EXPORT_HEADERS: Record<BasePostField, string> = {
  title: 'Title',
  body: 'Text',
  networks: 'Networks',
  publishAt: 'Publish at',
  publishTime: 'Publish time',
  format: 'Format',
  category: 'Category',
  promotional: 'Promotional',
  goal: 'Goal',
  rowId: 'Row ID',
  assignee: 'Assignee',
  status: 'Status',
  firstComment: 'First comment',
};

/** Header names recognised per field, lower-case: en, uk, vi, fa, he, th (and a few synonyms). */
const ALIASES: Record<BasePostField, readonly string[]> = {
  title: [
    'title',
    'name',
    'post',
    'назва',
    'заголовок',
    'tiêu đề',
    'عنوان',
    'כותרת',
    'ชื่อเรื่อง',
    'หัวข้อ',
  ],
  body: [
    'text',
    'body',
    'body text',
    'copy',
    'caption',
    'текст',
    'nội dung',
    'văn bản',
    'متن',
    'טקסט',
    'תוכן',
    'ข้อความ',
    'เนื้อหา',
  ],
  networks: [
    'networks',
    'network',
    'channels',
    'мережі',
    'мережа',
    'mạng xã hội',
    'mạng',
    'شبکه‌ها',
    'شبکه ها',
    'شبکه',
    'רשתות',
    'רשת',
    'เครือข่าย',
  ],
  publishAt: [
    'publish at',
    'publish date',
    'date',
    'publish date/time',
    'date/time',
    'дата публікації',
    'дата',
    'ngày đăng',
    'ngày',
    'تاریخ انتشار',
    'تاریخ',
    'תאריך פרסום',
    'תאריך',
    'วันที่เผยแพร่',
    'วันที่',
  ],
  publishTime: [
    'publish time',
    'time',
    'час публікації',
    'час',
    'giờ đăng',
    'giờ',
    'ساعت انتشار',
    'ساعت',
    'שעת פרסום',
    'שעה',
    'เวลาเผยแพร่',
    'เวลา',
  ],
  format: ['format', 'формат', 'định dạng', 'قالب', 'פורמט', 'รูปแบบ'],
  category: [
    'category',
    'rubric',
    'рубрика',
    'категорія',
    'chuyên mục',
    'danh mục',
    'دسته‌بندی',
    'دسته بندی',
    'دسته',
    'קטגוריה',
    'หมวดหมู่',
  ],
  promotional: [
    'promotional',
    'promo',
    'рекламний',
    'реклама',
    'quảng cáo',
    'تبلیغاتی',
    'קידומי',
    'פרסומי',
    'โปรโมชัน',
    'ส่งเสริมการขาย',
  ],
  goal: ['goal', 'goal id', 'ціль', 'мета', 'mục tiêu', 'هدف', 'יעד', 'מטרה', 'เป้าหมาย'],
  rowId: [
    'row id',
    'media plan row',
    'media-plan row',
    'рядок медіаплану',
    'dòng kế hoạch truyền thông',
    'ردیف برنامه رسانه‌ای',
    'שורת תוכנית מדיה',
    'แถวแผนสื่อ',
  ],
  assignee: [
    'assignee',
    'assigned to',
    'owner',
    'виконавець',
    'відповідальний',
    'người phụ trách',
    'مسئول',
    'אחראי',
    'ผู้รับผิดชอบ',
  ],
  status: ['status', 'статус', 'trạng thái', 'وضعیت', 'סטטוס', 'מצב', 'สถานะ'],
  firstComment: [
    'first comment',
    'перший коментар',
    'bình luận đầu tiên',
    'اولین نظر',
    'תגובה ראשונה',
    'ความคิดเห็นแรก',
  ],
};

const VARIANT_PREFIXES = ['text:', 'text', 'текст', 'văn bản', 'متن', 'טקסט', 'ข้อความ'];

function normalise(header: string): string {
  return header.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The field a header names on its own, if any. */
export function fieldOfHeader(header: string): PostField | null {
  const name = normalise(header);
  if (name === '') return null;
  for (const field of BASE_POST_FIELDS) {
    if (ALIASES[field].includes(name)) return field;
  }
  for (const network of NETWORK_IDS) {
    const label = NETWORKS[network].label.toLowerCase();
    for (const prefix of VARIANT_PREFIXES) {
      const rest = name.startsWith(prefix)
        ? name.slice(prefix.length).replace(/^[\s:-]+/, '')
        : null;
      if (rest === label || rest === network) return `text:${network}`;
    }
  }
  return null;
}

/** A mapping made from the header names alone: the first column naming a field gets it. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const field = fieldOfHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = header.trim();
  }
  return mapping;
}
