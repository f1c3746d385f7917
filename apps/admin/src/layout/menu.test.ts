import { describe, expect, it } from 'vitest';
import { MENU_ITEMS, menuItemsFor, selectedMenuKey, type MenuItem } from './menu';

const items: MenuItem[] = [
  { path: '/', label: 'خانه', permission: null },
  { path: '/registrations', label: 'درخواست‌های ایجاد کاربری', permission: 'registration:review' },
];

const paths = (list: readonly MenuItem[]) => list.map((item) => item.path);

describe('menu', () => {
  it('shows only the items open to everyone when nobody is signed in', () => {
    expect(paths(menuItemsFor(null))).toEqual([
      '/',
      '/national-id',
      '/households/cluster',
      '/counter-offices/book',
      '/hajj/status',
      '/hajj/caravans',
      '/hajj/pre-register',
    ]);
    expect(paths(menuItemsFor(null, items))).toEqual(['/']);
  });

  it('filters the other items by the permissions of the active role', () => {
    expect(paths(menuItemsFor(['session:self'], items))).toEqual(['/']);
    expect(paths(menuItemsFor(['session:self', 'registration:review'], items))).toEqual(['/', '/registrations']);
  });

  it('gives each role of the demo its menu', () => {
    const entrant = ['organisation:read', 'session:self'];
    const approver = ['organisation:read', 'registration:review', 'session:self'];
    const admin = ['audit:read', 'household:objections', 'household:read', 'organisation:read', 'session:self', 'system:admin'];
    const households = [
      '/households/search',
      '/households/objections',
      '/households/campaign',
      '/households/pilot',
      '/households/api-clients',
      '/households/webhooks',
    ];
    expect(paths(menuItemsFor(entrant))).toEqual([
      '/',
      '/national-id',
      '/households/cluster',
      '/counter-offices/book',
      '/hajj/status',
      '/hajj/caravans',
      '/hajj/pre-register',
      '/organisation',
    ]);
    expect(paths(menuItemsFor(approver))).toEqual([
      '/',
      '/national-id',
      '/households/cluster',
      '/counter-offices/book',
      '/hajj/status',
      '/hajj/caravans',
      '/hajj/pre-register',
      '/organisation',
      '/registrations',
    ]);
    expect(paths(menuItemsFor(admin))).toEqual([
      '/',
      '/national-id',
      '/households/cluster',
      ...households,
      '/counter-offices/book',
      '/hajj/status',
      '/hajj/caravans',
      '/hajj/pre-register',
      '/organisation',
      '/audit',
    ]);
  });

  it('names every item in Persian', () => {
    for (const item of MENU_ITEMS) expect(item.label).toMatch(/[\u0600-\u06FF]/);
  });

  it('selects the item of the current location', () => {
    expect(selectedMenuKey('/')).toBe('/');
    expect(selectedMenuKey('/national-id')).toBe('/national-id');
    expect(selectedMenuKey('/national-id/123')).toBe('/national-id');
    expect(selectedMenuKey('/registrations')).toBe('/registrations');
    expect(selectedMenuKey('/nowhere')).toBeNull();
  });
});

describe("Ma'na menu items", () => {
  const staff = ['organisation:read', 'session:self'];
  const perf = (extra: string[]) => paths(menuItemsFor([...staff, ...extra])).filter((path) => path.startsWith('/performance'));

  it("gives each Ma'na role its pages", () => {
    const lead = perf(['registration:review', 'performance:lead', 'performance:work', 'performance:dashboard']);
    expect(lead).toEqual([
      '/performance/cartable',
      '/performance/approvals',
      '/performance/referrals',
      '/performance/dashboard',
      '/performance/scoring',
    ]);
    expect(perf(['registration:review', 'performance:work', 'performance:dashboard'])).toEqual([
      '/performance/referrals',
      '/performance/dashboard',
      '/performance/scoring',
    ]);
    expect(perf(['performance:work'])).toEqual(['/performance/referrals']);
    expect(perf(['registration:review', 'performance:evaluate', 'performance:dashboard'])).toEqual([
      '/performance/evaluation',
      '/performance/proposal-decisions',
      '/performance/dashboard',
      '/performance/scoring',
    ]);
    expect(perf(['proposal:submit'])).toEqual(['/performance/proposals']);
    expect(perf([])).toEqual([]);
  });

  it('selects the referrals item on a referral page', () => {
    expect(selectedMenuKey('/performance/referrals/3f2a')).toBe('/performance/referrals');
  });
});

describe('counter offices menu items', () => {
  const staff = ['organisation:read', 'session:self'];
  const counter = (extra: string[]) => paths(menuItemsFor([...staff, ...extra])).filter((path) => path.startsWith('/counter-offices'));

  it('gives the operator, the inspector and the association their pages', () => {
    expect(counter(['counter-office:serve', 'counter-office:calendar'])).toEqual([
      '/counter-offices/book',
      '/counter-offices/today',
      '/counter-offices/calendar',
    ]);
    expect(counter(['counter-offices:read', 'counter-office:inspect', 'counter-office:complaints'])).toEqual([
      '/counter-offices/book',
      '/counter-offices/inspection',
      '/counter-offices/overview',
    ]);
    expect(counter(['counter-offices:read', 'counter-offices:manage', 'counter-office:calendar', 'counter-office:complaints'])).toEqual([
      '/counter-offices/book',
      '/counter-offices/calendar',
      '/counter-offices/overview',
    ]);
  });
});

describe('hajj menu items', () => {
  const staff = ['organisation:read', 'session:self'];
  const hajj = (extra: string[]) =>
    paths(menuItemsFor([...staff, ...extra])).filter(
      (path) => path.startsWith('/hajj/') && !['/hajj/status', '/hajj/caravans', '/hajj/pre-register'].includes(path),
    );

  it('gives each Hajj role its pages', () => {
    expect(hajj(['hajj:admin', 'hajj:receipt-read', 'hajj:registration-read'])).toEqual(['/hajj/receipts', '/hajj/season']);
    expect(hajj(['hajj:provincial-office', 'hajj:receipt-read', 'hajj:registration-read'])).toEqual(['/hajj/receipts']);
    expect(hajj(['hajj:bank', 'hajj:receipt-read', 'hajj:registration-read'])).toEqual(['/hajj/receipts', '/hajj/payments']);
    expect(hajj(['hajj:transfer', 'hajj:receipt-read'])).toEqual(['/hajj/receipts', '/hajj/transfers']);
    expect(hajj(['hajj:caravan', 'hajj:registration-read'])).toEqual(['/hajj/caravan']);
  });
});

describe('households menu items', () => {
  const staff = ['organisation:read', 'session:self'];
  const households = (extra: string[]) => paths(menuItemsFor([...staff, ...extra])).filter((path) => path.startsWith('/households'));

  it('gives each households role its pages', () => {
    expect(households(['household:events', 'household:read', 'household:objections'])).toEqual([
      '/households/cluster',
      '/households/search',
      '/households/events',
      '/households/objections',
    ]);
    expect(households(['subsidy:request'])).toEqual(['/households/cluster', '/households/subsidy-request']);
    expect(households([])).toEqual(['/households/cluster']);
    expect(households(['system:admin'])).toEqual([
      '/households/cluster',
      '/households/campaign',
      '/households/pilot',
      '/households/api-clients',
      '/households/webhooks',
    ]);
  });

  it('selects the search item on a household page', () => {
    expect(selectedMenuKey('/households/search')).toBe('/households/search');
  });
});
