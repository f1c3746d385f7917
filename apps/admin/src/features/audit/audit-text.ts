import { toPersianDigits } from '@pishkhan/fa-format';
import { persianMessageForCode } from '../../shared/errors';
import { roleName } from '../accounts/role-names';
import { TARGET_TYPE_NAMES } from './audit-labels';

/** A line of the log as the page reads it. */
export interface AuditLine {
  actorRole: string | null;
  actorName: string | null;
  actorNationalIdMasked: string | null;
  subjectMasked: string | null;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  code: string | null;
}

/** A masked national ID in Persian digits: ۰۰۱****۴۱۹. */
export const maskedText = (masked: string) => toPersianDigits(masked);

/** The role a line was written in: a role's Persian name, «سامانهٔ متصل» for another system's key. */
export function auditRoleText(role: string | null): string | null {
  if (role === null) return null;
  if (role.startsWith('client:')) return 'سامانهٔ متصل';
  const name = roleName(role);
  return name === role ? 'نقش دیگر' : name;
}

/** Who wrote the line: «نام (کد ملی پوشیده)», another system by its name, or an anonymous caller by the national ID he gave. */
export function auditPersonText(line: AuditLine): string {
  if (line.actorName !== null)
    return line.actorNationalIdMasked === null ? line.actorName : `${line.actorName} (${maskedText(line.actorNationalIdMasked)})`;
  if (line.actorRole?.startsWith('client:')) return 'سامانهٔ متصل';
  if (line.subjectMasked !== null) return `کاربر واردنشده با کد ملی ${maskedText(line.subjectMasked)}`;
  return 'کاربر واردنشده';
}

/** The record the line is about, in words: its context's description, else its kind. */
export function auditTargetText(line: AuditLine): string | null {
  if (line.targetLabel !== null) return line.targetLabel;
  if (line.targetType === null) return null;
  return TARGET_TYPE_NAMES[line.targetType] ?? 'مورد';
}

/** Codes whose user-facing message says less than the log needs. */
const CODE_TEXTS: Readonly<Record<string, string>> = {
  PILOT_REDIRECT: 'متقاضی پایلوت؛ به درگاه مراجعه مردمی خانوار ارجاع شد',
  INTERNAL_SERVER_ERROR: 'خطای داخلی سامانه',
};

/** Why a line failed or was refused, in Persian. */
export function auditCodeText(code: string | null): string | null {
  if (code === null) return null;
  return CODE_TEXTS[code] ?? persianMessageForCode(code);
}
