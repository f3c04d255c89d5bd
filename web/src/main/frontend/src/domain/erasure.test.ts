import { describe, expect, test } from 'vitest';
import { erasurePath, mayErase } from './erasure';

const person = (...roles: string[]) => ({ id: 'p', name: 'P', unit: 'SH-PD', roles });

describe('erasure of a complainant\'s personal data', () => {
  test('is offered to coordinators and HQ supervisors only', () => {
    expect(mayErase(person('COORDINATOR'))).toBe(true);
    expect(mayErase(person('HQ_SUPERVISOR'))).toBe(true);
    expect(mayErase(person('INTAKE_AGENT'))).toBe(false);
    expect(mayErase(person('HANDLER', 'CALLBACK_AGENT'))).toBe(false);
    expect(mayErase(person())).toBe(false);
  });

  test('is asked for by the complainant reference, encoded', () => {
    expect(erasurePath('c-1/2')).toBe('/api/intake/complainants/c-1%2F2/erasure');
  });
});
