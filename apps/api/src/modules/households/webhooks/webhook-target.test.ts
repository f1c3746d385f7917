import type dns from 'node:dns';
import { describe, expect, it } from 'vitest';
import { assertAllowedTarget, ForbiddenTargetError, guardedLookup, isForbiddenAddress } from './webhook-target';
import { WebhookUrlNotAllowedError } from '../households.errors';

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '240.0.0.1',
    '192.0.2.1',
    '198.18.0.1',
    '::',
    '::1',
    'fe80::1',
    'febf::1',
    'fc00::1',
    'fd12:3456:789a::1',
    'ff02::1',
    'ff05::2',
    '2001:db8::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:a00:1',
    '::ffff:192.168.1.1',
    '::127.0.0.1',
    '::8.8.8.8',
    '64:ff9b::7f00:1',
    '64:ff9b::a9fe:a9fe',
    '2002:a00:1::1',
    'fe80::1%eth0',
    'not-an-address',
    '',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '185.143.232.1',
    '172.32.0.1',
    '192.169.0.1',
    '2a00:1450:4001:80b::200e',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('allows the public %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });
});

const names: Record<string, string[]> = {
  'hooks.example.ir': ['185.143.232.1', '2a00:1450:4001:80b::200e'],
  'half.example.ir': ['185.143.232.1', '10.0.0.7'],
  'inside.example.ir': ['fd00::5'],
};
const fakeResolve = async (host: string) => {
  const found = names[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

describe('assertAllowedTarget', () => {
  const rule = { allowPrivateTargets: false, resolveAll: fakeResolve };

  it('lets a name through only when every address it resolves to is public', async () => {
    await expect(assertAllowedTarget(new URL('https://hooks.example.ir/x'), rule)).resolves.toBeUndefined();
    await expect(assertAllowedTarget(new URL('https://half.example.ir/x'), rule)).rejects.toBeInstanceOf(WebhookUrlNotAllowedError);
    await expect(assertAllowedTarget(new URL('https://inside.example.ir/x'), rule)).rejects.toBeInstanceOf(WebhookUrlNotAllowedError);
    await expect(assertAllowedTarget(new URL('https://nowhere.example.ir/x'), rule)).rejects.toBeInstanceOf(WebhookUrlNotAllowedError);
  });

  it('checks address literals without resolving them, in every spelling the URL parser accepts', async () => {
    for (const url of [
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'http://017700000001/',
      'http://[::ffff:127.0.0.1]/',
      'http://[0:0:0:0:0:0:0:1]/',
    ]) {
      await expect(assertAllowedTarget(new URL(url), rule)).rejects.toBeInstanceOf(WebhookUrlNotAllowedError);
    }
    await expect(assertAllowedTarget(new URL('https://185.143.232.1/'), rule)).resolves.toBeUndefined();
  });

  it('allows anything with WEBHOOK_ALLOW_PRIVATE_TARGETS (tests, development)', async () => {
    await expect(assertAllowedTarget(new URL('http://127.0.0.1:9/'), { ...rule, allowPrivateTargets: true })).resolves.toBeUndefined();
  });
});

describe('guardedLookup (connect time)', () => {
  const lookup = ((
    hostname: string,
    _options: dns.LookupOptions,
    callback: (error: Error | null, addresses: Array<{ address: string; family: number }>) => void,
  ) => {
    const found = names[hostname];
    if (!found) callback(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }), []);
    else
      callback(
        null,
        found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
  }) as unknown as typeof dns.lookup;
  const run = (hostname: string, all: boolean, allowPrivateTargets = false) =>
    new Promise<{ error: Error | null; address: unknown; family?: number }>((resolve) =>
      guardedLookup({ allowPrivateTargets }, lookup)(hostname, { all }, (error, address, family) => resolve({ error, address, family })),
    );

  it('answers public addresses in either form the socket asks for', async () => {
    expect(await run('hooks.example.ir', false)).toEqual({ error: null, address: '185.143.232.1', family: 4 });
    expect((await run('hooks.example.ir', true)).address).toEqual([
      { address: '185.143.232.1', family: 4 },
      { address: '2a00:1450:4001:80b::200e', family: 6 },
    ]);
  });

  it('refuses the connection when any address is forbidden, unless private targets are allowed', async () => {
    expect((await run('half.example.ir', true)).error).toBeInstanceOf(ForbiddenTargetError);
    expect((await run('inside.example.ir', false)).error).toBeInstanceOf(ForbiddenTargetError);
    expect((await run('inside.example.ir', false, true)).error).toBeNull();
  });
});
