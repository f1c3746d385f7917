import { formatJalaliDate } from '@pishkhan/fa-format';
import { Form, type FormItemProps } from 'antd';
import type { Dayjs } from 'dayjs';
import type { FocusEvent, KeyboardEvent } from 'react';
import { dayjs } from '../../../shared/dayjs-setup';
import { isoDate } from '../../../shared/iso-date';
import { parseJalali } from '../../../shared/jalali-generate-config';
import { JalaliDatePicker } from '../../../shared/jalali-date-picker';
import { deadlineProblem, deadlineSelectable, type DeadlineSource } from './deadline-limits';

export const DEADLINE_FORMAT = 'YYYY/MM/DD';

type NamePath = NonNullable<FormItemProps['name']>;

export interface DeadlinePickerProps {
  /** The form field this picker fills, to show a refusal of a typed date on it. */
  name: NamePath;
  today: string;
  latest: string;
  source: DeadlineSource;
  id?: string;
  'aria-label'?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
}

/**
 * A Jalali date picker for a deadline: days before today and after the latest allowed are
 * disabled; a date typed outside them is refused with the reason (the picker alone would only
 * ignore it). Enter confirms the date without submitting the form.
 */
export function DeadlinePicker({ name, today, latest, source, value, onChange, ...rest }: DeadlinePickerProps) {
  const form = Form.useFormInstance();

  const refuseTyped = (input: EventTarget) => {
    if (!(input instanceof HTMLInputElement)) return;
    const typed = parseJalali(input.value, [DEADLINE_FORMAT]);
    if (typed === null) return;
    const problem = deadlineProblem(isoDate(typed), today, latest, source);
    if (problem !== null) form.setFields([{ name, errors: [problem] }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    refuseTyped(event.target);
  };

  return (
    <JalaliDatePicker
      {...rest}
      value={value ?? null}
      onChange={(day) => onChange?.(day)}
      format={DEADLINE_FORMAT}
      placeholder={formatJalaliDate(today)}
      style={{ width: '100%' }}
      disabledDate={(day) => !deadlineSelectable(isoDate(day), today, latest)}
      defaultPickerValue={dayjs(`${today}T12:00:00`)}
      onKeyDown={onKeyDown}
      onBlur={(event: FocusEvent<HTMLElement>) => refuseTyped(event.target)}
    />
  );
}
