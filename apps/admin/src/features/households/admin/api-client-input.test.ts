import { describe, expect, it } from 'vitest';
import { apiClientInput, clientNameProblem, dailyQuotaProblem, ipAllowlistProblem, isIpAddress, scopeName } from './api-client-input';

describe('API client input', () => {
  it('accepts IPv4 and IPv6 addresses only', () => {
    expect(isIpAddress('10.0.0.5')).toBe(true);
    expect(isIpAddress('::1')).toBe(true);
    expect(isIpAddress('2001:db8::7')).toBe(true);
    expect(isIpAddress('10.0.0.256')).toBe(false);
    expect(isIpAddress('example.ir')).toBe(false);
    expect(ipAllowlistProblem(['۱۰.۰.۰.۵', '::1'])).toBeNull();
    expect(ipAllowlistProblem(['10.0.0'])).toBe('نشانی آی‌پی معتبر نیست: 10.0.0');
    expect(ipAllowlistProblem(undefined)).toBeNull();
  });

  it('checks the name and the quota', () => {
    expect(clientNameProblem('سامانه رفاهی')).toBeNull();
    expect(clientNameProblem(' ')).toBe('نام سامانه را بنویسید');
    expect(dailyQuotaProblem(2000)).toBeNull();
    expect(dailyQuotaProblem(0)).not.toBeNull();
    expect(dailyQuotaProblem(null)).not.toBeNull();
  });

  it('names scopes in Persian', () => {
    expect(scopeName('household:read')).toBe('استعلام ساختار خانوار');
    expect(scopeName('other')).toBe('other');
  });

  it('makes the API input', () => {
    expect(
      apiClientInput({
        name: ' سامانه رفاهی ',
        scopes: ['household:read', 'subsidy:request'],
        dailyQuota: 500,
        ipAllowlist: ['۱۰.۰.۰.۵', '10.0.0.5'],
      }),
    ).toEqual({
      name: 'سامانه رفاهی',
      scopes: ['household:read', 'subsidy:request'],
      dailyQuota: 500,
      ipAllowlist: ['10.0.0.5'],
    });
  });
});
