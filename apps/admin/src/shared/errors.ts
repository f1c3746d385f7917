import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { PROPOSAL_POINTS_CAP } from '@pishkhan/domain-rules';
import { formatJalaliDate, formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import type { ErrorCode as SchemaErrorCode } from '../gql/graphql';

/**
 * The codes of the API's `extensions.code`: the schema's `ErrorCode` enum, generated into
 * `src/gql` (one list in `@pishkhan/domain-rules`), so a code the API adds fails the typecheck
 * here until it has a Persian message below.
 */
export type ApiErrorCode = SchemaErrorCode;

/**
 * Codes the admin derives itself when no answer of the API carries one. (A 502–504 without a coded
 * body, from a proxy, is `SERVICE_UNAVAILABLE`, the code the API itself sends while its database
 * cannot be reached.)
 */
export type ClientErrorCode = 'BAD_RESPONSE' | 'NETWORK_ERROR';

export type ErrorCode = ApiErrorCode | ClientErrorCode;

/** `extensions` of the error that carried the code: details some messages quote. */
export type ErrorExtensions = Readonly<Record<string, unknown>>;

type Message = string | ((extensions: ErrorExtensions) => string);

function numberIn(extensions: ErrorExtensions, key: string): number | null {
  const value = extensions[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.ceil(value)) : null;
}

/** Field names of input paths (`input.mobile` → «شمارهٔ همراه») for BAD_USER_INPUT. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  nationalId: 'کد ملی',
  password: 'گذرواژه',
  currentPassword: 'گذرواژهٔ فعلی',
  newPassword: 'گذرواژهٔ تازه',
  captchaAnswer: 'متن تصویر',
  captchaId: 'تصویر امنیتی',
  mobile: 'شمارهٔ همراه',
  approverMobile: 'شمارهٔ همراه تأیید کننده',
  birthDate: 'تاریخ تولد',
  officePhone: 'تلفن ثابت سازمانی',
  post: 'پست سازمانی',
  requestedRole: 'نقش درخواستی',
  organisationUnitId: 'دستگاه',
  reason: 'علت رد',
  code: 'رمز یکبار مصرف',
  challengeId: 'رمز یکبار مصرف',
  assigneeId: 'گیرنده',
  deadline: 'مهلت',
  provinces: 'برش استانی',
  province: 'استان',
  evidenceFileIds: 'مستندات',
  value: 'عملکرد',
  target: 'مقدار هدف',
  targetLower: 'حد پایین هدف',
  targetUpper: 'حد بالا هدف',
  // Generic: an indicator's, a proposal's and a Hajj season's title alike.
  title: 'عنوان',
  unitOfMeasure: 'واحد سنجش',
  calculationMethod: 'نحوه محاسبه',
  score: 'امتیاز',
  headNationalId: 'کد ملی سرپرست خانوار',
  trackingCode: 'کد رهگیری',
  memberCount: 'تعداد اعضای خانوار',
  officeCode: 'کد دفتر',
  subjectNationalId: 'کد ملی شخص',
  relatedNationalId: 'کد ملی سرپرست خانوار گیرنده',
  occurredOn: 'تاریخ رویداد',
  resolution: 'نتیجهٔ رسیدگی',
  startDate: 'تاریخ آغاز',
  endDate: 'تاریخ پایان',
  minSize: 'کمترین تعداد اعضا',
  maxSize: 'بیشترین تعداد اعضا',
  prefixes: 'پیش‌شماره‌ها',
  refusalMessage: 'متن پیام خطا',
  portalUrl: 'نشانی درگاه',
  startsAt: 'زمان آغاز',
  dailyQuota: 'سهمیهٔ روزانه',
  ipAllowlist: 'نشانی‌های IP مجاز',
  scopes: 'دسترسی‌ها',
  identificationNumber: 'شماره شناسایی اتباع',
  fatherName: 'نام پدر',
  nationality: 'ملیت',
  residenceAddress: 'نشانی محل سکونت',
  posReference: 'شماره مرجع پوز',
  photoBase64: 'عکس',
  dailyCapacity: 'ظرفیت روزانه',
  openWeekdays: 'روزهای کاری',
  visitedOn: 'تاریخ بازدید',
  findings: 'یافته‌ها',
  checklist: 'فهرست بازرسی',
  receiptNumber: 'شماره قبض',
  newReceiptNumber: 'شماره قبض تازه',
  caravanId: 'کاروان',
  deedNumber: 'شماره سند انتقال',
  deedDate: 'تاریخ سند انتقال',
  passportNumber: 'شماره گذرنامه',
  passportExpiry: 'تاریخ انقضای گذرنامه',
  capacity: 'ظرفیت',
  finalCostRials: 'هزینهٔ قطعی',
  // The Hajj season's settings and province schedule.
  eligibleDepositUntil: 'مهلت ودیعه‌گذاری مشمول',
  onlineSharePercent: 'سهم ثبت‌نام اینترنتی',
  inviteNextAfterDays: 'روزهای دعوت اولویت بعد',
  holdMinutes: 'مدت نگه‌داشت پیش‌ثبت‌نام',
  paymentDays: 'مهلت واریز مابه‌التفاوت',
  doctorVisitDays: 'مهلت مراجعه به پزشک',
  passportValidUntil: 'اعتبار گذرنامه تا',
  passportHandOverBy: 'تحویل گذرنامه تا',
  depositRials: 'مبلغ ودیعه',
  subsidyRials: 'مبلغ یارانهٔ تبدیل',
  interestRateBasisPoints: 'نرخ سود',
  interestFormula: 'روش محاسبهٔ سود',
  interestUntil: 'محاسبهٔ سود تا',
  announcedOn: 'روز اعلام کاروان‌ها',
  admissionOpensAt: 'زمان آغاز پذیرش',
  invitedDepositsUntil: 'قبوض دعوت‌شده تا',
};

/** Counter offices: what a service record still misses (RECORD_INCOMPLETE's `missing`), in a few Persian words. */
function missingRecordParts(value: unknown): string {
  const missing = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const fields = missing.filter((item) => item.startsWith('field:')).length;
  const fingers = missing.filter((item) => item.startsWith('fingerprint:')).length;
  const parts = [
    fields > 0 && `${toPersianDigits(fields)} فیلد اطلاعاتی`,
    fingers > 0 && `${toPersianDigits(fingers)} اثر انگشت`,
    missing.includes('photo') && 'عکس',
    missing.includes('fee') && 'پرداخت تعرفه',
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? 'پروندهٔ خدمت هنوز کامل نیست' : `پروندهٔ خدمت هنوز کامل نیست؛ مانده است: ${parts.join('، ')}`;
}

/** Counter offices: «۱۴۰۴/۰۹/۱۰، ۱۴۰۴/۰۹/۱۱» from DAY_FULL's `nextDaysWithRoom`. */
function jalaliDays(value: unknown): string {
  const days = Array.isArray(value) ? value.filter((day): day is string => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) : [];
  return days.map((day) => formatJalaliDate(day)).join('، ');
}

/** «از ۱۳۸۸/۱۱/۰۶ تا ۱۳۸۸/۱۱/۰۸» from a campaign window of OUTSIDE_WINDOW's extensions. */
function windowText(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { startJalali, endJalali } = value as Record<string, unknown>;
  return typeof startJalali === 'string' && typeof endJalali === 'string'
    ? `از ${toPersianDigits(startJalali)} تا ${toPersianDigits(endJalali)}`
    : null;
}

/** The Persian names of the fields BAD_USER_INPUT names in `extensions.fields`, without repeats. */
export function invalidFieldLabels(extensions: ErrorExtensions): string[] {
  const fields = extensions.fields;
  if (!Array.isArray(fields)) return [];
  const labels = (fields as unknown[]).flatMap((field) => {
    if (typeof field !== 'object' || field === null || !('path' in field) || typeof field.path !== 'string') return [];
    const name = field.path.split('.').pop() ?? '';
    return [FIELD_LABELS[name] ?? name];
  });
  return [...new Set(labels)];
}

function badUserInput(extensions: ErrorExtensions): string {
  const labels = invalidFieldLabels(extensions);
  return labels.length === 0 ? 'اطلاعات واردشده معتبر نیست' : `اطلاعات واردشده معتبر نیست: ${labels.join('، ')}`;
}

function waitSeconds(extensions: ErrorExtensions, before: string, fallback: string): string {
  const seconds = numberIn(extensions, 'retryAfterSeconds');
  return seconds === null ? fallback : `${before}${toPersianDigits(seconds)} ثانیه دیگر دوباره تلاش کنید`;
}

/** Hajj: what RECEIPT_NEEDS_ACTION's `nextStep` asks of the holder. */
const HAJJ_NEXT_STEP_MESSAGES: Readonly<Record<string, string>> = {
  CONVERT_AT_PROVINCIAL_OFFICE:
    'پیش از ثبت‌نام باید سند خود را با مراجعه به دفتر حج و زیارت استان و شعبهٔ بانک معرفی‌شده به قبض ده میلیون ریالی تبدیل کنید',
  CONVERT_WITH_SUBSIDY:
    'پیش از ثبت‌نام باید با مراجعه به یکی از شعب بانک ملی و با استفاده از یارانهٔ ۳ میلیون ریالی، قبض خود را به قبض ده میلیون ریالی تبدیل کنید',
  CONVERT_WITH_INTEREST:
    'پیش از ثبت‌نام باید با مراجعه به یکی از شعب بانک ملی و با احتساب سود متعلقه، سند خود را به قبض ده میلیون ریالی تبدیل کنید',
  STABILISE: 'پیش از ثبت‌نام باید با مراجعه به دفتر حج و زیارت استان، قبض خود را از طریق شعب بانک ملی پایدار کنید',
  COMPLETE_TRANSFER: 'نقل و انتقال این قبض کامل نشده است؛ پس از ثبت در دفتر خدمات زیارتی، قبض باید در بانک ملی به نام گیرنده صادر شود',
  NOT_ELIGIBLE: 'این قبض مشمول ثبت‌نام حج تمتع این فصل نیست',
};

const SSO_FAILED_MESSAGE = 'ورود از طریق سامانه سینا انجام نشد؛ دوباره تلاش کنید یا با کد ملی و گذرواژه وارد شوید';

const MESSAGES: Record<ErrorCode, Message> = {
  BAD_USER_INPUT: badUserInput,
  BAD_REQUEST: 'درخواست نامعتبر است',
  UNAUTHENTICATED: 'ابتدا وارد سامانه شوید',
  FORBIDDEN: 'اجازهٔ این کار را ندارید',
  NOT_FOUND: 'مورد خواسته‌شده یافت نشد',
  GRAPHQL_VALIDATION_FAILED: 'درخواست بیش از حد پیچیده یا نامعتبر است',
  GRAPHQL_PARSE_FAILED: 'درخواست نامعتبر است',
  PERSISTED_QUERY_NOT_FOUND: 'درخواست نامعتبر است',
  PERSISTED_QUERY_NOT_SUPPORTED: 'درخواست نامعتبر است',
  OPERATION_RESOLUTION_FAILURE: 'درخواست نامعتبر است',
  QUERY_TOO_COMPLEX: 'درخواست بیش از حد پیچیده یا نامعتبر است',
  PAYLOAD_TOO_LARGE: 'حجم درخواست بیش از حد مجاز است',
  RATE_LIMITED: 'تعداد درخواست‌ها بیش از حد مجاز است؛ لطفاً کمی بعد دوباره تلاش کنید',
  INTERNAL_SERVER_ERROR: 'خطای داخلی سامانه؛ لطفاً دوباره تلاش کنید',
  SERVICE_UNAVAILABLE: 'سامانه در دسترس نیست؛ لطفاً کمی بعد دوباره تلاش کنید',
  BAD_RESPONSE: 'پاسخ سامانه قابل خواندن نبود؛ لطفاً دوباره تلاش کنید',
  NETWORK_ERROR: 'ارتباط با سامانه برقرار نشد؛ اتصال شبکه را بررسی کنید و دوباره تلاش کنید',
  INVALID_CREDENTIALS: 'کد ملی یا گذرواژه درست نیست',
  CAPTCHA_INVALID: 'پاسخ تصویر امنیتی درست نیست یا منقضی شده است؛ تصویر تازه‌ای گرفته شد',
  CAPTCHA_REQUIRED: 'تلاش‌های ناموفق زیاد بود؛ برای ادامه، متن تصویر امنیتی را هم بنویسید',
  TOO_MANY_ATTEMPTS: (extensions) =>
    waitSeconds(extensions, 'تلاش‌های ناموفق زیاد بود؛ ', 'تلاش‌های ناموفق زیاد بود؛ کمی بعد دوباره تلاش کنید'),
  OTP_INVALID: (extensions) => {
    const tries = numberIn(extensions, 'remainingTries');
    return tries === null ? 'رمز یکبار مصرف درست نیست' : `رمز یکبار مصرف درست نیست؛ ${toPersianDigits(tries)} بار دیگر می‌توانید تلاش کنید`;
  },
  OTP_EXPIRED: 'رمز یکبار مصرف منقضی یا بی‌اعتبار شده است؛ رمز تازه‌ای بخواهید',
  RESEND_TOO_SOON: (extensions) => {
    const seconds = numberIn(extensions, 'retryAfterSeconds');
    return seconds === null
      ? 'هنوز نمی‌توانید رمز تازه بخواهید؛ کمی صبر کنید'
      : `برای ارسال دوباره ${toPersianDigits(seconds)} ثانیه دیگر صبر کنید`;
  },
  WEAK_PASSWORD: 'گذرواژهٔ تازه باید دست‌کم ۸ نویسه و شامل حرف و رقم باشد و با گذرواژهٔ فعلی فرق کند',
  PASSWORD_CHANGE_REQUIRED: 'ابتدا گذرواژهٔ موقت خود را تغییر دهید',
  ROLE_NOT_HELD: 'این نقش به شما داده نشده است',
  NO_ACTIVE_ROLE: 'حساب شما هنوز نقش فعالی ندارد؛ تا تأیید درخواستتان صبر کنید',
  NATIONAL_ID_INVALID: 'کد ملی معتبر نیست',
  CIVIL_REGISTRY_MISMATCH: 'ثبت احوال کسی با این کد ملی و تاریخ تولد نمی‌شناسد',
  MOBILE_NOT_OWNED: 'به گواهی شاهکار این شمارهٔ همراه به نام این کد ملی نیست',
  REGISTRATION_DETAILS_NOT_VERIFIED: 'کد ملی، تاریخ تولد و شمارهٔ همراه با هم در ثبت احوال و شاهکار تأیید نشد؛ آن‌ها را بررسی کنید',
  ORGANISATION_TOO_BROAD:
    'انتخاب وزارتخانه به‌تنهایی پذیرفته نیست؛ سطح دوم دستگاه (مانند ستاد وزارتخانه یا دستگاه زیرمجموعه) یا پایین‌تر را انتخاب کنید',
  APPROVER_NOT_FOUND: 'کاربر فعالی با این شمارهٔ همراه که بتواند درخواست‌های این دستگاه را تأیید کند پیدا نشد',
  REGISTRATION_PENDING: 'درخواست دیگری با این کد ملی در انتظار تأیید است',
  // Accounts (a role already held) and Hajj (a seat already held this season; `trackingCode` comes with it).
  ALREADY_REGISTERED: (extensions) =>
    'trackingCode' in extensions
      ? typeof extensions.trackingCode === 'string'
        ? `این متقاضی در این فصل ثبت‌نام فعال دارد؛ کد رهگیری: ${toPersianDigits(extensions.trackingCode)}`
        : 'این متقاضی در این فصل ثبت‌نام فعال دارد'
      : 'این شخص همین نقش را در همین دستگاه دارد',
  REQUEST_ALREADY_DECIDED: 'این درخواست پیش‌تر تأیید یا رد شده است',
  NOT_AVAILABLE: 'این امکان در این محیط در دسترس نیست',
  OUTSIDE_SERVICE_UNAVAILABLE: 'سامانهٔ بیرونی پاسخ نداد؛ کمی بعد دوباره تلاش کنید',
  // Every single sign-on failure reads the same to the person; the audit log keeps the exact code.
  SSO_FAILED: SSO_FAILED_MESSAGE,
  SSO_DISABLED: SSO_FAILED_MESSAGE,
  SSO_STATE_INVALID: SSO_FAILED_MESSAGE,
  SSO_NOT_LEAD_EVALUATOR: SSO_FAILED_MESSAGE,
  SSO_CANCELLED: SSO_FAILED_MESSAGE,
  SSO_UNAVAILABLE: SSO_FAILED_MESSAGE,
  DEADLINE_TOO_LATE: (extensions) =>
    typeof extensions.latest === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(extensions.latest)
      ? `مهلت نمی‌تواند دیرتر از ${formatJalaliDate(extensions.latest)} (مهلت دریافتی) باشد`
      : 'مهلت نمی‌تواند دیرتر از مهلت دریافتی باشد',
  DEADLINE_IN_PAST: 'مهلت نمی‌تواند پیش از امروز باشد',
  NOT_YOUR_TURN: 'اکنون نوبت اقدام شما در این ارجاع نیست؛ صفحه را تازه کنید',
  NOT_SUBORDINATE: 'تنها به زیرمجموعه‌های خود (کاربرانی که درخواستشان را تأیید کرده‌اید) می‌توانید ارجاع دهید',
  SPLIT_MISMATCH: (extensions) =>
    extensions.rule === 'MEAN' ? 'میانگین اهداف استانی باید برابر هدف شاخص باشد' : 'مجموع اهداف استانی باید دقیقاً برابر هدف شاخص باشد',
  VALUE_REQUIRED: 'پیش از اتمام عملیات، مقدار عملکرد را وارد و ذخیره کنید',
  SPLIT_REQUIRED: 'این شاخص باید پیش از هر کاری برش استانی شود',
  INVALID_TRANSITION: 'این کار در وضعیت کنونی شدنی نیست؛ صفحه را تازه کنید',
  PROPOSAL_CAP_EXCEEDED: (extensions) => {
    const used = numberIn(extensions, 'used');
    const cap = numberIn(extensions, 'cap') ?? PROPOSAL_POINTS_CAP;
    const sofar = used === null ? '' : `؛ تاکنون ${toPersianDigits(used)} امتیاز پیشنهاد شده است`;
    return `جمع امتیاز شاخص‌های پیشنهادی این دستگاه در این دوره نمی‌تواند از ${toPersianDigits(cap)} امتیاز بگذرد${sofar}`;
  },
  PROPOSAL_TARGET_INVALID: 'مقدار هدف باید میان حد پایین و حد بالای هدف باشد',
  PROPOSAL_UNIT_INVALID: 'پیشنهاد شاخص تنها برای دستگاه‌های استانی یا منطقه‌ای استان شما پذیرفته است',
  FILE_NAME_INVALID: 'نام فایل‌ها تنها می‌تواند شامل حروف و اعداد لاتین و کاراکترهای مجاز (- و _) باشد',
  FILE_TYPE_NOT_ALLOWED: 'تنها امکان افزودن فایل‌هایی با قالب PDF، DOC، DOCX، XLS و XLSX را دارید',
  FILE_EXTENSION_MISMATCH: (extensions) =>
    typeof extensions.detectedKind === 'string'
      ? `محتوای فایل از نوع ${extensions.detectedKind} است و با پسوند نام آن نمی‌خواند`
      : 'محتوای فایل با پسوند نام آن نمی‌خواند',
  FILE_EMPTY: 'فایل خالی است',
  FILE_TOO_LARGE: (extensions) => {
    const max = numberIn(extensions, 'maxBytes');
    return max === null
      ? 'حجم فایل بیش از حد مجاز است'
      : `حجم فایل نباید بیش از ${toPersianDigits(Math.floor(max / 1048576))} مگابایت باشد`;
  },
  FILE_MISSING: 'فایلی فرستاده نشد؛ فایل را دوباره انتخاب کنید',
  FILE_NOT_FOUND: 'فایل یافت نشد یا اجازهٔ دریافت آن را ندارید',
  FILE_ALREADY_ATTACHED: 'این فایل پیش‌تر به مورد دیگری پیوست شده است؛ فایل را دوباره بارگذاری کنید',
  UNATTACHED_BYTES_EXCEEDED: (extensions) => {
    const max = numberIn(extensions, 'maxBytes');
    const limit = max === null ? '' : ` (${toPersianDigits(Math.floor(max / 1048576))} مگابایت)`;
    return `حجم فایل‌هایی که بارگذاری کرده‌اید و هنوز به جایی پیوست نشده‌اند از سقف مجاز${limit} می‌گذرد؛ ابتدا آن‌ها را پیوست کنید یا تا پاک شدنشان صبر کنید`;
  },
  OUTSIDE_WINDOW: (extensions) => {
    const own = windowText(extensions.window);
    const catchUp = windowText(extensions.catchUpWindow);
    const parts = ['اکنون نوبت خانوار شما نیست', own && `مهلت شما: ${own}`, catchUp && `مهلت جاماندگان: ${catchUp}`];
    return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('؛ ');
  },
  HOUSEHOLD_NOT_MATCHED: 'اطلاعات واردشده با اطلاعات خانوار مطابقت ندارد',
  ARMED_FORCES_SEPARATE: 'خوشه‌بندی خانوارهای نیروهای مسلح از طریق ستاد کل انجام می‌شود؛ به یگان خود مراجعه کنید',
  CAMPAIGN_CLOSED: 'اکنون زمان اعلام خوشه درآمدی نیست؛ مهلت همهٔ خانوارها به پایان رسیده یا هنوز آغاز نشده است',
  PILOT_REDIRECT: (extensions) =>
    typeof extensions.trackingCode === 'string'
      ? `خطا در اجرای درخواست شما. کد پیگیری ${toPersianDigits(extensions.trackingCode)}`
      : 'خطا در اجرای درخواست شما',
  NOT_HEAD: 'شخصی که خانوارش گیرنده است باید سرپرست آن خانوار باشد',
  SAME_HOUSEHOLD: 'هر دو شخص هم‌اکنون در یک خانوارند',
  SUBJECT_IS_HEAD: 'در طلاق و عدم سازش، کد ملی همسری را بنویسید که از خانوار جدا می‌شود، نه سرپرست را',
  OBJECTION_ALREADY_RESOLVED: 'به این اعتراض پیش‌تر رسیدگی شده است',
  WEBHOOK_URL_NOT_ALLOWED: 'نشانی وب‌هوک باید به یک نشانی عمومی اینترنت برود؛ نشانی‌های محلی، خصوصی و داخلی پذیرفته نمی‌شوند',
  WEBHOOK_LIMIT_REACHED: (extensions) => {
    const max = numberIn(extensions, 'max');
    return `این سامانه ${max === null ? 'بیشترین' : toPersianDigits(max)} اشتراک وب‌هوک فعال دارد؛ ابتدا یکی را لغو کنید`;
  },
  DAY_FULL: (extensions) => {
    const next = jalaliDays(extensions.nextDaysWithRoom);
    return next === ''
      ? 'ظرفیت این دفتر در این روز تکمیل است و تا پایان مهلت نوبت‌دهی روز خالی دیگری ندارد؛ دفتر دیگری را انتخاب کنید'
      : `ظرفیت این دفتر در این روز تکمیل است؛ روزهای دارای ظرفیت: ${next}`;
  },
  OFFICE_SUSPENDED: 'ارائهٔ خدمت احراز هویت اتباع در این دفتر پس از بازرسی معلق شده است؛ لطفاً دفتر دیگری را انتخاب کنید',
  OFFICE_CLOSED_THAT_DAY: 'این دفتر در این روز خدمت نمی‌دهد؛ روز دیگری را انتخاب کنید',
  DATE_NOT_BOOKABLE: (extensions) =>
    typeof extensions.lastBookableDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(extensions.lastBookableDate)
      ? `این روز گذشته است یا هنوز نوبت‌دهی آن آغاز نشده؛ از امروز تا ${formatJalaliDate(extensions.lastBookableDate)} نوبت بگیرید`
      : 'این روز گذشته است یا هنوز نوبت‌دهی آن آغاز نشده است',
  ALREADY_BOOKED: 'برای این شماره شناسایی یک نوبت باز وجود دارد؛ برای نوبت تازه ابتدا آن را لغو کنید',
  APPOINTMENT_NOT_MATCHED: 'نوبت بازی با این کد رهگیری و شماره شناسایی یافت نشد',
  APPOINTMENT_NOT_TODAY: 'پروندهٔ خدمت تنها در روز نوبت تشکیل می‌شود',
  RECORD_INCOMPLETE: (extensions) => missingRecordParts(extensions.missing),
  PHOTO_REJECTED: (extensions) => {
    const reasons: Record<string, string> = {
      FORMAT: 'عکس باید از نوع JPEG یا PNG باشد',
      TOO_SMALL_FILE: 'حجم عکس بسیار کم است؛ عکس باکیفیت‌تری بگیرید',
      TOO_LARGE_FILE: 'حجم عکس نباید بیش از ۶۰۰ کیلوبایت باشد',
      DIMENSIONS: 'ابعاد عکس باید دست‌کم ۲۴۰ در ۳۲۰ نقطه باشد',
      NOT_PORTRAIT: 'عکس باید ایستاده (عمودی) باشد',
    };
    return typeof extensions.reason === 'string' && reasons[extensions.reason]
      ? `عکس پذیرفته نشد: ${reasons[extensions.reason]}`
      : 'عکس پذیرفته نشد';
  },
  TARIFF_NOT_IN_FORCE: 'برای این روز تعرفهٔ مصوبی ثبت نشده است؛ با کانون دفاتر پیشخوان تماس بگیرید',
  COUNTER_SHARE_FULL: 'سهم مراجعهٔ حضوری امروز این دفتر تکمیل است؛ متقاضی می‌تواند برای روز دیگری نوبت اینترنتی بگیرد',
  FINGERPRINT_QUALITY_LOW: (extensions) => {
    const count = Array.isArray(extensions.fingers) ? extensions.fingers.length : 0;
    const min = numberIn(extensions, 'minQuality');
    const fingers = count > 0 ? `${toPersianDigits(count)} انگشت` : 'برخی انگشت‌ها';
    return `کیفیت اثر ${fingers} کمتر از ${toPersianDigits(min ?? 40)} است؛ آن‌ها را دوباره اسکن کنید یا علت ثبت‌نشدن را بنویسید`;
  },
  QUOTA_EXCEEDED: 'سهمیهٔ روزانهٔ این سامانه به پایان رسیده است',
  RECEIPT_NOT_MATCHED: 'اطلاعات واردشده با هیچ قبض ودیعه‌گذاری مطابقت ندارد',
  RECEIPT_NEEDS_ACTION: (extensions) =>
    HAJJ_NEXT_STEP_MESSAGES[String(extensions.nextStep)] ?? 'این قبض پیش از ثبت‌نام به اقدامی نیاز دارد',
  NOT_INVITED_YET: (extensions) =>
    typeof extensions.invitedDepositsUntil === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(extensions.invitedDepositsUntil)
      ? `هنوز از دارندگان قبوضی با تاریخ ودیعه‌گذاری شما دعوت نشده است؛ اکنون قبوض ودیعه‌گذاری‌شده تا ${formatJalaliDate(extensions.invitedDepositsUntil)} دعوت شده‌اند`
      : 'هنوز از دارندگان قبوضی با تاریخ ودیعه‌گذاری شما دعوت نشده است',
  ADMISSION_NOT_OPEN: (extensions) =>
    typeof extensions.opensAt === 'string'
      ? `پذیرش متقاضیان استان شما هنوز آغاز نشده است؛ آغاز پذیرش: ${formatJalaliDateTime(extensions.opensAt)}`
      : 'پذیرش متقاضیان استان شما هنوز آغاز نشده است',
  NOT_YOUR_PROVINCE: 'پیش‌ثبت‌نام تنها در کاروان‌های استان محل سکونت شما ممکن است',
  ONLINE_SHARE_FULL: 'ظرفیت ثبت‌نام اینترنتی این کاروان تکمیل شده است؛ کاروان دیگری را انتخاب کنید یا حضوری به کاروان مراجعه کنید',
  CARAVAN_FULL: 'ظرفیت این کاروان تکمیل شده است؛ کاروان دیگری را انتخاب کنید',
  HOLD_EXPIRED: 'مهلت پیش‌ثبت‌نام به پایان رسیده و جای آن آزاد شده است',
  NO_ACTIVE_SEASON: 'اکنون فصل ثبت‌نام حج فعالی وجود ندارد',
  RECEIPT_NUMBER_TAKEN: 'قبض دیگری با این شماره ثبت شده است',
  DOCUMENTS_INCOMPLETE: (extensions) => {
    const names: Record<string, string> = {
      receiptOriginal: 'اصل قبض',
      receiptCopy: 'کپی قبض',
      birthCertificate: 'اصل و تصویر شناسنامه',
      nationalCard: 'کارت ملی',
    };
    const missing = Array.isArray(extensions.missing) ? extensions.missing.map((item) => names[String(item)] ?? String(item)) : [];
    return missing.length === 0 ? 'همهٔ مدارک باید بررسی شود' : `همهٔ مدارک باید بررسی شود؛ مانده است: ${missing.join('، ')}`;
  },
  CAPACITY_BELOW_TAKEN: (extensions) => {
    const taken = numberIn(extensions, 'taken');
    return taken === null
      ? 'ظرفیت کاروان نمی‌تواند از شمار جاهای گرفته‌شده کمتر باشد'
      : `ظرفیت کاروان نمی‌تواند از ${toPersianDigits(taken)} جای گرفته‌شده کمتر باشد`;
  },
  API_CLIENT_INACTIVE: 'این سامانه غیرفعال شده است و کلید آن پذیرفته نمی‌شود',
};

export const GENERIC_ERROR_MESSAGE = 'خطایی رخ داد؛ لطفاً دوباره تلاش کنید';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  502: 'SERVICE_UNAVAILABLE',
  503: 'SERVICE_UNAVAILABLE',
  504: 'SERVICE_UNAVAILABLE',
};

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(MESSAGES, code);
}

/** An error's code and the `extensions` that came with it. */
export interface ErrorDetails {
  code: string;
  extensions: ErrorExtensions;
}

function detailsOfFormattedErrors(errors: unknown): ErrorDetails | null {
  if (!Array.isArray(errors)) return null;
  for (const entry of errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null || !('extensions' in entry)) continue;
    const { extensions } = entry;
    if (typeof extensions === 'object' && extensions !== null && 'code' in extensions && typeof extensions.code === 'string') {
      return { code: extensions.code, extensions: extensions as ErrorExtensions };
    }
  }
  return null;
}

/** The code in a non-2xx response body (e.g. `PAYLOAD_TOO_LARGE` with status 413), or one derived from the status. */
function detailsOfServerError(error: ServerError): ErrorDetails {
  try {
    const body: unknown = JSON.parse(error.bodyText);
    if (typeof body === 'object' && body !== null && 'errors' in body) {
      const details = detailsOfFormattedErrors(body.errors);
      if (details !== null) return details;
    }
  } catch {
    // Not JSON (e.g. a proxy's HTML page): fall back to the status.
  }
  const code = HTTP_STATUS_CODES[error.statusCode] ?? (error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  return { code, extensions: {} };
}

/**
 * The error's code and extensions: those of the first GraphQL error that has a code, of a non-2xx
 * response, or `NETWORK_ERROR` when the request never got an answer. Null when unknown.
 */
export function errorDetails(error: unknown): ErrorDetails | null {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) return detailsOfFormattedErrors(error.errors);
  if (ServerError.is(error)) return detailsOfServerError(error);
  if (ServerParseError.is(error)) return { code: 'BAD_RESPONSE', extensions: {} };
  // fetch() rejects with a TypeError when there is no answer at all (offline, refused, CORS).
  if (error instanceof TypeError) return { code: 'NETWORK_ERROR', extensions: {} };
  if (typeof error === 'object' && error !== null && 'errors' in error) return detailsOfFormattedErrors(error.errors);
  return null;
}

/** The error's code (see `errorDetails`), or null when unknown. */
export function errorCode(error: unknown): string | null {
  return errorDetails(error)?.code ?? null;
}

/**
 * The Persian message of a code (e.g. the `sso_error` of a redirect); unknown codes get a generic
 * message, unknown single sign-on codes (`SSO_…`) the generic single sign-on one.
 */
export function persianMessageForCode(code: string, extensions: ErrorExtensions = {}): string {
  const known: ErrorCode | null = isErrorCode(code) ? code : code.startsWith('SSO_') ? 'SSO_FAILED' : null;
  if (known === null) return GENERIC_ERROR_MESSAGE;
  const message = MESSAGES[known];
  return typeof message === 'string' ? message : message(extensions);
}

/** A Persian message for any error the admin may meet; unknown errors get a generic message. */
export function persianErrorMessage(error: unknown): string {
  const details = errorDetails(error);
  return details === null ? GENERIC_ERROR_MESSAGE : persianMessageForCode(details.code, details.extensions);
}
