import { describe, expect, it } from 'vitest';
import { needsReceivingHead, subjectLabel, vitalEventInput } from './vital-event-input';

describe('vital event input', () => {
  it('needs the receiving head for the events that move a person into his household', () => {
    expect(['MARRIAGE', 'CUSTODY', 'GUARDIANSHIP', 'SPONSORSHIP'].every((type) => needsReceivingHead(type as never))).toBe(true);
    expect(needsReceivingHead('DEATH')).toBe(false);
    expect(needsReceivingHead('DIVORCE')).toBe(false);
    expect(needsReceivingHead('BIRTH')).toBe(false);
    expect(needsReceivingHead(undefined)).toBe(false);
  });

  it('labels the subject by the event', () => {
    expect(subjectLabel('DEATH')).toBe('کد ملی متوفی');
    expect(subjectLabel('BIRTH')).toBe('کد ملی پدر یا مادر');
    expect(subjectLabel(undefined)).toBe('کد ملی شخص');
  });

  it('sends a death with the deceased only, national ID normalised', () => {
    expect(
      vitalEventInput({
        type: 'DEATH',
        source: 'HOUSEHOLD_PORTAL',
        occurredOn: '2026-11-20',
        subjectNationalId: '۰۰۱۲۰۰۰۰۵۱',
        relatedNationalId: '2881000029',
      }),
    ).toEqual({
      type: 'DEATH',
      source: 'HOUSEHOLD_PORTAL',
      occurredOn: '2026-11-20',
      subjectNationalId: '0012000051',
    });
  });

  it('sends a marriage with the receiving head', () => {
    expect(
      vitalEventInput({
        type: 'MARRIAGE',
        source: 'POLICE_PLUS_10',
        occurredOn: '2026-11-20',
        subjectNationalId: '2881000037',
        relatedNationalId: '۲۸۸۱۰۰۰۰۱۰',
      }).relatedNationalId,
    ).toBe('2881000010');
  });

  it('sends a birth with the parent and the newborn born on the day of the event', () => {
    const input = vitalEventInput({
      type: 'BIRTH',
      source: 'HOUSEHOLD_PORTAL',
      occurredOn: '2026-11-20',
      subjectNationalId: '0012000051',
      newborn: { nationalId: '۰۰۱۲۰۰۰۲۰۵', firstName: ' آرش ', lastName: 'نجفی', gender: 'M' },
    });
    expect(input.relatedNationalId).toBe('0012000051');
    expect(input.newborn).toEqual({ nationalId: '0012000205', firstName: 'آرش', lastName: 'نجفی', gender: 'M', birthDate: '2026-11-20' });
  });
});
