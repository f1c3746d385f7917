/** Iran's 31 provinces, as records, files and forms name them (shared by the API's checks and the admin's lists). */
export const PROVINCES: readonly string[] = [
  'آذربایجان شرقی',
  'آذربایجان غربی',
  'اردبیل',
  'اصفهان',
  'البرز',
  'ایلام',
  'بوشهر',
  'تهران',
  'چهارمحال و بختیاری',
  'خراسان جنوبی',
  'خراسان رضوی',
  'خراسان شمالی',
  'خوزستان',
  'زنجان',
  'سمنان',
  'سیستان و بلوچستان',
  'فارس',
  'قزوین',
  'قم',
  'کردستان',
  'کرمان',
  'کرمانشاه',
  'کهگیلویه و بویراحمد',
  'گلستان',
  'گیلان',
  'لرستان',
  'مازندران',
  'مرکزی',
  'هرمزگان',
  'همدان',
  'یزد',
];

/** The province as listed, with Arabic ي/ك and extra spaces forgiven; null when it is not one of the 31. */
export function normaliseProvince(raw: string): string | null {
  const cleaned = raw.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\s+/g, ' ').trim();
  return PROVINCES.includes(cleaned) ? cleaned : null;
}
