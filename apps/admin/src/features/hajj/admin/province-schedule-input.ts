import { tehranInstant, tehranWallClock } from '@pishkhan/domain-rules';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import type { HajjProvinceGroupInput } from '../../../gql/graphql';
import { clockTimeOf } from '../../../shared/clock-time';
import type { HajjSeasonRow } from './season-settings-input';

export type HajjProvinceGroupRow = HajjSeasonRow['groups'][number];

/** A province group's schedule as the form's checks see it: ISO days and the opening's «HH:mm» on Tehran's clock. */
export interface ProvinceGroupFields {
  announcedOn: string;
  opensOn: string;
  opensAt: string;
}

/** The form's first values: the opening instant as Tehran's wall clock, in Persian digits as the field shows it. */
export function provinceGroupFields(group: Pick<HajjProvinceGroupRow, 'announcedOn' | 'admissionOpensAt'>): ProvinceGroupFields {
  const opens = tehranWallClock(group.admissionOpensAt);
  return { announcedOn: group.announcedOn, opensOn: opens.date, opensAt: toPersianDigits(opens.time) };
}

/** Rule 7: the caravan lists are announced before admission opens, so admission cannot open before that day. */
export function admissionBeforeAnnouncementProblem(announcedOn: string | null, opensOn: string | null): string | null {
  if (announcedOn === null || opensOn === null) return null;
  return opensOn < announcedOn ? `آغاز پذیرش نمی‌تواند پیش از روز اعلام کاروان‌ها (${formatJalaliDate(announcedOn)}) باشد` : null;
}

/** The API's input: the opening as an instant of Tehran's clock. */
export function provinceGroupInput(fields: ProvinceGroupFields): HajjProvinceGroupInput {
  const time = clockTimeOf(fields.opensAt);
  if (time === null) throw new Error('ساعت را به شکل ۰۰:۰۰ بنویسید');
  return { announcedOn: fields.announcedOn, admissionOpensAt: tehranInstant(fields.opensOn, time) };
}

/** The API refuses a province's invitation cut-off after the season's eligibility cut-off (rule 1). */
export function cutoffProblem(invitedDepositsUntil: string | null, eligibleDepositUntil: string): string | null {
  if (invitedDepositsUntil === null) return 'تاریخ را انتخاب کنید';
  return invitedDepositsUntil > eligibleDepositUntil
    ? `دعوت‌شدگان نمی‌توانند از مهلت ودیعه‌گذاری مشمول (${formatJalaliDate(eligibleDepositUntil)}) فراتر روند`
    : null;
}
