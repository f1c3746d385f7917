import { describe, expect, it } from 'vitest';
import {
  compactDigits,
  memberCountOf,
  memberCountProblem,
  officeCodeOf,
  officeCodeProblem,
  textProblem,
  trackingCodeProblem,
} from './household-fields';

describe('household fields', () => {
  it('reads digits typed in any script, with spaces and dashes', () => {
    expect(compactDigits('۱۸۸۱ ۱۰۳۰-۰۰۰۰۰۲')).toBe('18811030000002');
    expect(compactDigits('٠٠١٢٠٠٠٠٥١')).toBe('0012000051');
  });

  it('checks the tracking code', () => {
    expect(trackingCodeProblem('۱۸۸۱۱۰۳۰۰۰۰۰۰۲')).toBeNull();
    expect(trackingCodeProblem('')).toBe('کد رهگیری را بنویسید');
    expect(trackingCodeProblem('12345')).toBe('کد رهگیری ۱۴ رقم است');
    expect(trackingCodeProblem('1881103000000a')).toBe('کد رهگیری ۱۴ رقم است');
  });

  it('reads and checks the number of members', () => {
    expect(memberCountOf('۴')).toBe(4);
    expect(memberCountOf('4 ')).toBe(4);
    expect(memberCountOf('چهار')).toBeNull();
    expect(memberCountProblem('۳')).toBeNull();
    expect(memberCountProblem('')).toBe('تعداد اعضای خانوار را بنویسید');
    expect(memberCountProblem('0')).toBe('تعداد اعضای خانوار باید عددی از ۱ تا ۵۰ باشد');
    expect(memberCountProblem('2.5')).toBe('تعداد اعضای خانوار باید عددی از ۱ تا ۵۰ باشد');
  });

  it("checks the office's code as the API does", () => {
    expect(officeCodeOf(' POST-۱۲۳ ')).toBe('POST-123');
    expect(officeCodeProblem('POST-123')).toBeNull();
    expect(officeCodeProblem('')).toBe('کد دفتر را بنویسید');
    expect(officeCodeProblem('دفتر')).toBe('کد دفتر ۳ تا ۲۰ نویسه از حروف لاتین، رقم و خط تیره است');
    expect(officeCodeProblem('AB')).not.toBeNull();
  });

  it('needs a long enough text', () => {
    expect(textProblem('  ', 'علت اعتراض', 5, 2000)).toBe('علت اعتراض را بنویسید');
    expect(textProblem('کم', 'علت اعتراض', 5, 2000)).toBe('علت اعتراض دست‌کم ۵ نویسه باشد');
    expect(textProblem('خوشه نادرست است', 'علت اعتراض', 5, 2000)).toBeNull();
  });
});
