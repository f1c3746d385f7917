import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { jalaliGenerateConfig } from './jalali-generate-config';

/** antd's DatePicker over dayjs with the Jalali calendar of jalaali-js: Saturday first, Persian month names. */
export const JalaliDatePicker = DatePicker.generatePicker<Dayjs>(jalaliGenerateConfig);

/**
 * For a picker inside a long form: Enter confirms the typed date (the picker does that first) but
 * does not also submit the form, half filled.
 */
export function keepEnterInPicker(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}
