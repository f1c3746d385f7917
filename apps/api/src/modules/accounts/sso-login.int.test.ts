import { createHash, randomInt } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { maskNationalId, withCheckDigit } from '@pishkhan/national-id';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { Role } from '../../platform/auth/roles';
import { AuditEvent } from '../../platform/audit/audit-event.entity';
import { SsoLogin } from '../../platform/sso/sso-login.entity';
import { OrganisationUnit, OrganisationUnitType } from '../organisations';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount, UserStatus } from './user-account.entity';

/** A national ID no other test file picks (random, valid check digit). */
const uniqueNationalId = () => withCheckDigit(String(randomInt(100_000_000, 999_999_999)));
const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A browser without JavaScript: follows nothing by itself and keeps its cookies (paths ignored). */
class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly origin: string) {}

  async request(path: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const url = new URL(path, this.origin);
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const gone =
        value === '' || attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects by hand until `stop` says so (or a page that is not a redirect). */
  async follow(
    path: string,
    stop: (location: string) => boolean = () => false,
  ): Promise<{ response: Response; url: string; hops: string[] }> {
    const hops: string[] = [];
    let url = new URL(path, this.origin).href;
    for (let i = 0; i < 20; i += 1) {
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url, hops };
      url = new URL(location, url).href;
      hops.push(url);
      if (stop(url)) return { response, url, hops };
    }
    throw new Error(`too many redirects: ${hops.join(' → ')}`);
  }
}

interface Person {
  user: UserAccount;
  nationalId: string;
}

async function createUnit(dataSource: DataSource, code: string): Promise<OrganisationUnit> {
  const tag = `${code}-${randomInt(1e9).toString(36).toUpperCase()}`;
  return dataSource.getRepository(OrganisationUnit).save({
    code: tag,
    name: `واحد ${tag}`,
    parentId: null,
    path: `/${tag}/`,
    level: 0,
    type: OrganisationUnitType.MINISTRY,
    province: null,
  });
}

async function createPerson(
  dataSource: DataSource,
  firstName: string,
  lastName: string,
  roles: Array<[Role, OrganisationUnit]>,
  status = UserStatus.ACTIVE,
): Promise<Person> {
  const nationalId = uniqueNationalId();
  const user = await dataSource.getRepository(UserAccount).save({
    nationalId,
    firstName,
    lastName,
    mobile: `09${String(randomInt(100_000_000, 999_999_999))}`,
    status,
    passwordHash: null,
  });
  for (const [role, unit] of roles) {
    await dataSource.getRepository(RoleAssignment).save({ userId: user.id, role, organisationUnitId: unit.id });
  }
  return { user, nationalId };
}

const ME = `{ me { user { id } activeRole { role organisationUnit { code } } roles { role } } }`;
interface MeData {
  me: { user: { id: string }; activeRole: { role: Role; organisationUnit: { code: string } }; roles: Array<{ role: Role }> } | null;
}

async function auditOf(dataSource: DataSource, requestId: string | null): Promise<AuditEvent[]> {
  return dataSource
    .getRepository(AuditEvent)
    .find({ where: { action: 'auth.login.sso', ...(requestId ? { requestId } : {}) }, order: { id: 'ASC' } });
}

/** Starts sign-in and clicks through to the embedded IdP's page; returns its interaction path. */
async function openIdpPage(browser: Browser): Promise<{ html: string; interaction: string }> {
  const { response, url } = await browser.follow('/auth/sso/start');
  expect(response.status).toBe(200);
  expect(new URL(url).pathname).toMatch(/^\/dev-idp\/interaction\/[\w-]+$/);
  return { html: await response.text(), interaction: new URL(url).pathname };
}

/** Submits the IdP's form and follows back to the API; stops before the callback when asked. */
async function signInAtIdp(browser: Browser, interaction: string, form: Record<string, string>, stopAtCallback = false) {
  const submitted = await browser.request(`${interaction}/login`, { form });
  expect(submitted.status).toBe(303);
  return browser.follow(
    submitted.headers.get('location')!,
    (url) => (stopAtCallback && url.includes('/auth/sso/callback')) || new URL(url).pathname === '/' || new URL(url).pathname === '/login',
  );
}

describe('single sign-on with the embedded IdP', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let lead: Person;
  let approver: Person;
  let ministry: OrganisationUnit;

  beforeAll(async () => {
    api = await startTestApi({ SSO_PROVIDER: 'embedded' });
    dataSource = api.server.database.dataSource;
    ministry = await createUnit(dataSource, 'MIN');
    const hq = await createUnit(dataSource, 'HQ');
    // Like the demo's علی رضایی: an older APPROVER role, then LEAD_EVALUATOR.
    lead = await createPerson(dataSource, 'علی', 'رضایی‌آزمون', [
      [Role.APPROVER, hq],
      [Role.LEAD_EVALUATOR, ministry],
    ]);
    approver = await createPerson(dataSource, 'حسن', 'کریمی‌آزمون', [[Role.APPROVER, hq]]);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('signs a lead evaluator in, in the LEAD_EVALUATOR role, and audits it without whole IDs or codes', async () => {
    const browser = new Browser(api.url);
    const { html, interaction } = await openIdpPage(browser);
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('سامانهٔ سینا (نسخهٔ آزمایشی)');
    expect(html).toContain('علی رضایی‌آزمون');
    expect(html).toContain(maskNationalId(lead.nationalId));
    expect(html).not.toContain(lead.nationalId);
    expect(html).not.toContain('کریمی‌آزمون'); // not a lead evaluator: not listed

    const toCallback = await signInAtIdp(browser, interaction, { userId: lead.user.id }, true);
    const callback = new URL(toCallback.url);
    expect(callback.pathname).toBe('/auth/sso/callback');
    const code = callback.searchParams.get('code')!;
    expect(code).toBeTruthy();
    expect(browser.cookies.has('pishkhan_session')).toBe(false);

    const landed = await browser.request(callback.pathname + callback.search);
    expect(landed.status).toBe(302);
    expect(landed.headers.get('location')).toBe('/');
    const requestId = landed.headers.get('x-request-id');
    expect(browser.cookies.has('pishkhan_session')).toBe(true);
    expect(browser.cookies.has('pishkhan_sso')).toBe(false);

    const me = await api.gql<MeData>(ME, undefined, { cookie: `pishkhan_session=${browser.cookies.get('pishkhan_session')}` });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me?.user.id).toBe(lead.user.id);
    expect(me.data?.me?.activeRole).toEqual({ role: Role.LEAD_EVALUATOR, organisationUnit: { code: ministry.code } });

    const [event] = await auditOf(dataSource, requestId);
    expect(event).toMatchObject({
      outcome: 'SUCCESS',
      actorUserId: lead.user.id,
      actorRole: 'LEAD_EVALUATOR',
      subjectMasked: maskNationalId(lead.nationalId),
      targetType: 'session',
    });
    const sessions = (await dataSource.query(`SELECT method FROM user_session WHERE id = $1`, [event!.targetId])) as Array<{
      method: string;
    }>;
    expect(sessions).toEqual([{ method: 'SSO' }]);
    const logs = api.logText();
    expect(logs).not.toContain(lead.nationalId);
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(callback.searchParams.get('state')!);
    expect(logs).not.toContain(browser.cookies.get('pishkhan_session')!);

    // The used state cannot be replayed, even by the browser that used it.
    const replay = await browser.request(callback.pathname + callback.search);
    expect(replay.headers.get('location')).toBe('/login?sso_error=SSO_STATE_INVALID');
  });

  it('ends the session the browser held when it signs in again', async () => {
    const browser = new Browser(api.url);
    const signInOnce = async () => {
      const { interaction } = await openIdpPage(browser);
      const landed = await signInAtIdp(browser, interaction, { userId: lead.user.id });
      expect(new URL(landed.url).pathname).toBe('/');
      return browser.cookies.get('pishkhan_session')!;
    };
    const meOf = async (token: string) =>
      (await api.gql<MeData>(ME, undefined, { cookie: `pishkhan_session=${token}` })).data?.me?.user.id ?? null;
    const first = await signInOnce();
    expect(await meOf(first)).toBe(lead.user.id);
    const second = await signInOnce();
    expect(second).not.toBe(first);
    expect(await meOf(second)).toBe(lead.user.id);
    expect(await meOf(first)).toBeNull();
    const [ended] = (await dataSource.query(`SELECT revoked_at FROM user_session WHERE token_hash = $1`, [sha256(first)])) as Array<{
      revoked_at: Date | null;
    }>;
    expect(ended?.revoked_at).not.toBeNull();
  });

  it('refuses a person without an active LEAD_EVALUATOR role, with no session', async () => {
    const browser = new Browser(api.url);
    const { interaction } = await openIdpPage(browser);
    const { url, response } = await signInAtIdp(browser, interaction, { nationalId: approver.nationalId });
    expect(new URL(url).pathname + new URL(url).search).toBe('/login?sso_error=SSO_NOT_LEAD_EVALUATOR');
    expect(browser.cookies.has('pishkhan_session')).toBe(false);
    const [event] = await auditOf(dataSource, response.headers.get('x-request-id'));
    expect(event).toMatchObject({
      outcome: 'DENIED',
      code: 'SSO_NOT_LEAD_EVALUATOR',
      subjectMasked: maskNationalId(approver.nationalId),
      actorUserId: null,
    });
  });

  it('refuses a disabled lead evaluator and a lead evaluator whose role is inactive', async () => {
    const disabled = await createPerson(dataSource, 'مینا', 'غیرفعال', [[Role.LEAD_EVALUATOR, ministry]], UserStatus.DISABLED);
    const formerLead = await createPerson(dataSource, 'کاوه', 'سابق', [[Role.LEAD_EVALUATOR, ministry]]);
    await dataSource.getRepository(RoleAssignment).update({ userId: formerLead.user.id }, { active: false });
    for (const person of [disabled, formerLead]) {
      const browser = new Browser(api.url);
      const { interaction } = await openIdpPage(browser);
      const { url } = await signInAtIdp(browser, interaction, { nationalId: person.nationalId });
      expect(new URL(url).search).toBe('?sso_error=SSO_NOT_LEAD_EVALUATOR');
      expect(browser.cookies.has('pishkhan_session')).toBe(false);
    }
  });

  it('refuses a forged state, and a state brought back by another browser', async () => {
    const forged = await new Browser(api.url).request('/auth/sso/callback?code=abc&state=forged-state-value');
    expect(forged.status).toBe(302);
    expect(forged.headers.get('location')).toBe('/login?sso_error=SSO_STATE_INVALID');
    const [event] = await auditOf(dataSource, forged.headers.get('x-request-id'));
    expect(event).toMatchObject({ outcome: 'FAILURE', code: 'SSO_STATE_INVALID' });

    const victim = new Browser(api.url);
    const { interaction } = await openIdpPage(victim);
    const { url } = await signInAtIdp(victim, interaction, { userId: lead.user.id }, true);
    const attacker = new Browser(api.url);
    const stolen = await attacker.request(new URL(url).pathname + new URL(url).search);
    expect(stolen.headers.get('location')).toBe('/login?sso_error=SSO_STATE_INVALID');
    expect(attacker.cookies.has('pishkhan_session')).toBe(false);
    // …and the attempt is used up: the victim's own browser cannot finish it either.
    const late = await victim.request(new URL(url).pathname + new URL(url).search);
    expect(late.headers.get('location')).toBe('/login?sso_error=SSO_STATE_INVALID');
    expect(victim.cookies.has('pishkhan_session')).toBe(false);
  });

  it('refuses a state whose attempt has expired', async () => {
    const browser = new Browser(api.url);
    const start = await browser.request('/auth/sso/start');
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const row = await dataSource.getRepository(SsoLogin).findOneByOrFail({ stateHash: sha256(state) });
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(row.codeVerifier).not.toBe(state);
    await dataSource.getRepository(SsoLogin).update({ stateHash: sha256(state) }, { expiresAt: new Date(Date.now() - 1000) });
    const late = await browser.request(`/auth/sso/callback?code=abc&state=${encodeURIComponent(state)}`);
    expect(late.headers.get('location')).toBe('/login?sso_error=SSO_STATE_INVALID');
  });

  it('sends the browser back with SSO_CANCELLED when the person cancels at the IdP', async () => {
    const browser = new Browser(api.url);
    const { interaction } = await openIdpPage(browser);
    const aborted = await browser.request(`${interaction}/abort`, { method: 'POST' });
    expect(aborted.status).toBe(303);
    const { url } = await browser.follow(aborted.headers.get('location')!, (u) => new URL(u).pathname === '/login');
    expect(new URL(url).search).toBe('?sso_error=SSO_CANCELLED');
  });

  it('shows the form again for an invalid national ID, and answers the status route', async () => {
    const browser = new Browser(api.url);
    const { interaction } = await openIdpPage(browser);
    const again = await browser.request(`${interaction}/login`, { form: { nationalId: '1234567890' } });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('کد ملی معتبر نیست');
    const status = await fetch(`${api.url}/auth/sso/status`);
    expect(await status.json()).toEqual({ enabled: true });
  });
});

/** Listens on a free local port; `close` also ends the connections it holds. */
async function listen(server: net.Server): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('single sign-on against an IdP that does not answer', () => {
  const TIMEOUT_MS = 300;

  it('gives SSO_UNAVAILABLE after the timeout when the IdP accepts connections and stays silent', async () => {
    const silent = await listen(net.createServer(() => undefined));
    const api = await startTestApi({
      SSO_PROVIDER: 'oidc',
      SSO_ISSUER_URL: `http://127.0.0.1:${silent.port}`,
      SSO_CLIENT_ID: 'pishkhan',
      SSO_CLIENT_SECRET: 'test-secret',
      SSO_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    try {
      const began = performance.now();
      const response = await new Browser(api.url).request('/auth/sso/start');
      const elapsed = performance.now() - began;
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/login?sso_error=SSO_UNAVAILABLE');
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(elapsed).toBeLessThan(10_000);
      const [event] = await auditOf(api.server.database.dataSource, response.headers.get('x-request-id'));
      expect(event).toMatchObject({ outcome: 'FAILURE', code: 'SSO_UNAVAILABLE' });
      expect(api.logText()).not.toContain('test-secret');
    } finally {
      await api.stop();
      await silent.close();
    }
  });

  it('gives SSO_UNAVAILABLE when the token endpoint stays silent, and the attempt is used up', async () => {
    let base = '';
    const idp = await listen(
      http.createServer((req, res) => {
        if (req.url === '/.well-known/openid-configuration') {
          res.setHeader('content-type', 'application/json');
          res.end(
            JSON.stringify({
              issuer: base,
              authorization_endpoint: `${base}/authorize`,
              token_endpoint: `${base}/token`,
              jwks_uri: `${base}/jwks`,
              response_types_supported: ['code'],
              subject_types_supported: ['public'],
              id_token_signing_alg_values_supported: ['RS256'],
            }),
          );
        }
        // Anything else (the token request) is never answered.
      }),
    );
    base = `http://127.0.0.1:${idp.port}`;
    const api = await startTestApi({
      SSO_PROVIDER: 'oidc',
      SSO_ISSUER_URL: base,
      SSO_CLIENT_ID: 'pishkhan',
      SSO_CLIENT_SECRET: 'test-secret',
      SSO_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    try {
      const browser = new Browser(api.url);
      const start = await browser.request('/auth/sso/start');
      expect(start.status).toBe(302);
      const authorize = new URL(start.headers.get('location')!);
      expect(authorize.origin + authorize.pathname).toBe(`${base}/authorize`);
      expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
        client_id: 'pishkhan',
        response_type: 'code',
        scope: 'openid',
        code_challenge_method: 'S256',
        redirect_uri: `${api.url}/auth/sso/callback`,
      });
      for (const name of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(name)).toMatch(/^[\w-]{32,}$/);
      const callback = `/auth/sso/callback?code=some-code&state=${authorize.searchParams.get('state')}`;

      const began = performance.now();
      const answered = await browser.request(callback);
      expect(performance.now() - began).toBeLessThan(10_000);
      expect(answered.headers.get('location')).toBe('/login?sso_error=SSO_UNAVAILABLE');
      expect(browser.cookies.has('pishkhan_session')).toBe(false);
      const again = await browser.request(callback);
      expect(again.headers.get('location')).toBe('/login?sso_error=SSO_STATE_INVALID');
    } finally {
      await api.stop();
      await idp.close();
    }
  });
});

describe('single sign-on switched off', () => {
  it('sends the browser back with SSO_DISABLED and serves no IdP', async () => {
    const api = await startTestApi({ SSO_PROVIDER: 'off' });
    try {
      const start = await fetch(`${api.url}/auth/sso/start`, { redirect: 'manual' });
      expect(start.headers.get('location')).toBe('/login?sso_error=SSO_DISABLED');
      expect(await (await fetch(`${api.url}/auth/sso/status`)).json()).toEqual({ enabled: false });
      expect((await fetch(`${api.url}/dev-idp/.well-known/openid-configuration`)).status).toBe(404);
    } finally {
      await api.stop();
    }
  });
});
