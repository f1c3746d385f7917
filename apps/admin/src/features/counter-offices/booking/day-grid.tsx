import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Button, Flex, Typography } from 'antd';
import type { CounterOfficeDaysQuery } from '../../../gql/graphql';
import { weekdayOf } from '../counter-labels';

type Day = CounterOfficeDaysQuery['counterOfficeDays'][number];

export interface DayGridProps {
  days: readonly Day[];
  selected: string | null;
  onSelect: (date: string) => void;
}

/** The office's coming days: each a button with its Jalali date and the places left; days without room are disabled. */
export function DayGrid({ days, selected, onSelect }: DayGridProps) {
  return (
    <Flex wrap gap="small" role="group" aria-label="روزهای دارای ظرفیت">
      {days.map((day) => {
        const label = `${weekdayOf(day.date)} ${formatJalaliDate(day.date)}`;
        const status = !day.open ? 'تعطیل' : day.left === 0 ? 'تکمیل' : `${toPersianDigits(day.left)} نوبت خالی`;
        return (
          <Button
            key={day.date}
            data-testid={`day-${day.date}`}
            type={selected === day.date ? 'primary' : 'default'}
            disabled={!day.bookable}
            aria-pressed={selected === day.date}
            aria-label={`${label}، ${status}`}
            onClick={() => onSelect(day.date)}
            style={{ height: 'auto', minWidth: 112, padding: '4px 8px' }}
          >
            <Flex vertical align="center">
              <span>{label}</span>
              <Typography.Text type={day.bookable ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
                {status}
              </Typography.Text>
            </Flex>
          </Button>
        );
      })}
    </Flex>
  );
}
