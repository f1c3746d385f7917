import { describe, expect, it } from 'vitest';
import { deadlineHint, deadlineProblem, deadlineSelectable } from './deadline-limits';

const today = '2026-05-22';
const latest = '2026-06-21';

describe('deadline limits', () => {
  it('allows today up to the latest deadline, both included', () => {
    expect(deadlineSelectable(today, today, latest)).toBe(true);
    expect(deadlineSelectable(latest, today, latest)).toBe(true);
    expect(deadlineSelectable('2026-06-01', today, latest)).toBe(true);
    expect(deadlineSelectable('2026-05-21', today, latest)).toBe(false);
    expect(deadlineSelectable('2026-06-22', today, latest)).toBe(false);
  });

  it('says in Persian why a deadline is refused', () => {
    expect(deadlineProblem(null, today, latest, 'period')).toBe('مهلت را انتخاب کنید');
    expect(deadlineProblem('2026-05-21', today, latest, 'period')).toBe('مهلت نمی‌تواند پیش از امروز باشد');
    expect(deadlineProblem('2026-06-22', today, latest, 'period')).toBe('مهلت نمی‌تواند دیرتر از پایان دوره (۱۴۰۵/۰۳/۳۱) باشد');
    expect(deadlineProblem('2026-06-22', today, latest, 'received')).toBe('مهلت نمی‌تواند دیرتر از مهلت دریافتی شما (۱۴۰۵/۰۳/۳۱) باشد');
    expect(deadlineProblem('2026-06-01', today, latest, 'received')).toBeNull();
  });

  it('shows the limit as a hint', () => {
    expect(deadlineHint(latest, 'period')).toBe('حداکثر تا پایان دوره: ۱۴۰۵/۰۳/۳۱');
    expect(deadlineHint(latest, 'received')).toBe('حداکثر تا مهلت دریافتی شما: ۱۴۰۵/۰۳/۳۱');
  });
});
