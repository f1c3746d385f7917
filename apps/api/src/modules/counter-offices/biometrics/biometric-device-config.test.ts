import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../platform/config/config';

/** A production configuration that starts (real SMS gateway and registry). */
const PRODUCTION: Record<string, string | undefined> = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/x',
  SMS_PROVIDER: 'http',
  SMS_GATEWAY_URL: 'https://sms.example.ir/send',
  SMS_GATEWAY_KEY: 'sms-key',
  REGISTRY_PROVIDER: 'http',
  CIVIL_REGISTRY_URL: 'https://registry.example.ir',
  SHAHKAR_URL: 'https://shahkar.example.ir',
  REGISTRY_API_KEY: 'registry-key',
  SMS_INBOUND_SECRET: 'gateway-secret-123',
};

describe('the fingerprint device setting (BIOMETRIC_DEVICE_*)', () => {
  it('uses the embedded synthetic device outside production', () => {
    expect(loadConfig({}).counterOffices.biometricDevice).toEqual({ provider: 'embedded' });
    expect(loadConfig({ NODE_ENV: 'test' }).counterOffices.biometricDevice).toEqual({ provider: 'embedded' });
  });

  it('reaches a device service on the workstation in production, at 127.0.0.1:4501 with the SBI verbs by default', () => {
    expect(loadConfig(PRODUCTION).counterOffices.biometricDevice).toEqual({ provider: 'sbi', url: 'http://127.0.0.1:4501', verbs: 'sbi' });
    expect(
      loadConfig({ ...PRODUCTION, BIOMETRIC_DEVICE_URL: 'http://127.0.0.1:4503/', BIOMETRIC_DEVICE_VERBS: 'post' }).counterOffices
        .biometricDevice,
    ).toEqual({
      provider: 'sbi',
      url: 'http://127.0.0.1:4503',
      verbs: 'post',
    });
  });

  it('refuses the embedded device in production, and malformed values anywhere', () => {
    expect(() => loadConfig({ ...PRODUCTION, BIOMETRIC_DEVICE_PROVIDER: 'embedded' })).toThrow(
      'BIOMETRIC_DEVICE_PROVIDER must be sbi in production (the embedded device makes synthetic captures) (got "embedded")',
    );
    expect(() => loadConfig({ BIOMETRIC_DEVICE_PROVIDER: 'usb' })).toThrow(/BIOMETRIC_DEVICE_PROVIDER must be one of embedded, sbi/);
    expect(() => loadConfig({ BIOMETRIC_DEVICE_PROVIDER: 'sbi', BIOMETRIC_DEVICE_URL: 'ftp://127.0.0.1' })).toThrow(/BIOMETRIC_DEVICE_URL/);
    expect(() => loadConfig({ BIOMETRIC_DEVICE_PROVIDER: 'sbi', BIOMETRIC_DEVICE_VERBS: 'GET' })).toThrow(/BIOMETRIC_DEVICE_VERBS/);
  });
});
