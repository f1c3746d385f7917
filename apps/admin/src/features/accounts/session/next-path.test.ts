import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path of this app', () => {
    expect(safeNextPath('/registrations?page=2')).toBe('/registrations?page=2');
    expect(safeNextPath('/audit')).toBe('/audit');
  });

  it('refuses other sites and odd values', () => {
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });

  it('never goes back to a sign-in page', () => {
    expect(safeNextPath('/login?next=/x')).toBe('/');
    expect(safeNextPath('/register')).toBe('/');
  });
});

describe('loginPathFor', () => {
  it('remembers where the person was', () => {
    expect(loginPathFor({ pathname: '/registrations', search: '?status=PENDING' })).toBe('/login?next=%2Fregistrations%3Fstatus%3DPENDING');
    expect(loginPathFor({ pathname: '/' })).toBe('/login');
  });
});
