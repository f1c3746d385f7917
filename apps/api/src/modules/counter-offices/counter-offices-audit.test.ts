import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AuditDirectory, type AuditTargetRegistration } from '../../platform/audit/audit-directory';
import { CounterServiceTariff } from './counter-office.entity';
import { registerCounterOfficesAuditTargets } from './counter-offices-audit';

const SCHEMA = path.resolve(__dirname, '../../../../../schema.graphql');

/** A data source whose repositories answer `find` with the rows given for their entity (the tariffs are shared by other tests). */
function rowsOf(rows: ReadonlyMap<EntityTarget<ObjectLiteral>, ObjectLiteral[]>): DataSource {
  return {
    getRepository: (entity: EntityTarget<ObjectLiteral>) => ({ find: () => Promise.resolve(rows.get(entity) ?? []) }),
  } as unknown as DataSource;
}

describe('the counter offices in the audit directory', () => {
  it('names a tariff by its title, fee in rials and first day', async () => {
    const directory = new AuditDirectory();
    const id = '6f1c1d57-3f35-4c8e-9a53-2d9c7e1f0a11';
    registerCounterOfficesAuditTargets(
      directory,
      rowsOf(new Map([[CounterServiceTariff, [{ id, title: 'احراز هویت اتباع خارجی', feeRials: 300_000, validFrom: '2026-03-21' }]]])),
    );
    expect(directory.targetTypeOf('mutation.setCounterServiceTariff', null)).toBe('counter_service_tariff');
    const words = await directory.describeTargets([{ type: 'counter_service_tariff', id }]);
    expect(words.get(`counter_service_tariff:${id}`)).toBe('تعرفهٔ «احراز هویت اتباع خارجی»، ۳۰۰٬۰۰۰ ریال از ۱۴۰۵/۰۱/۰۱');
  });

  it('maps mutations the schema has, each counter mutation whose result has an id', () => {
    const registrations: AuditTargetRegistration[] = [];
    registerCounterOfficesAuditTargets(
      { registerTarget: (r: AuditTargetRegistration) => registrations.push(r) } as unknown as AuditDirectory,
      rowsOf(new Map()),
    );
    const schemaMutations = Object.keys(buildSchema(readFileSync(SCHEMA, 'utf8')).getMutationType()!.getFields());
    const mapped = registrations.flatMap((r) => r.mutations ?? []);
    expect(mapped.filter((name) => !schemaMutations.includes(name))).toEqual([]);
    // The others return a receipt or a calendar day: no id, nothing to name.
    expect(schemaMutations.filter((name) => /Counter|Verification/.test(name) && !mapped.includes(name)).sort()).toEqual([
      'bookVerificationAppointment',
      'cancelVerificationAppointment',
      'setCounterOfficeDay',
    ]);
  });
});
