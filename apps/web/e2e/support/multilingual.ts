/**
 * One sentence of the same strategy in each of the app's six languages (Latin with
 * diacritics, Cyrillic, Hebrew, Persian, Thai): long documents are written from these.
 */
export const STRATEGY_SENTENCES = [
  'Tea is a pause in a busy city day, and our community is where that pause is shared.',
  'Mục tiêu của chúng tôi là xây dựng cộng đồng những người yêu trà ở Hà Nội và Sài Gòn.',
  'Ми пишемо для офісних працівників, які шукають десять тихих хвилин серед робочого дня.',
  'אנחנו כותבים לאנשים שמחפשים רגע של שקט באמצע יום עבודה עמוס.',
  'ما برای کسانی می‌نویسیم که در میانهٔ روز کاری به چند دقیقه آرامش نیاز دارند.',
  'เราเขียนถึงคนทำงานในเมืองที่อยากได้เวลาสงบสิบนาทีระหว่างวัน',
] as const;
