import { describe, expect, it } from 'vitest';
import { checkRegistration, registrationRequest, type RegistrationForm } from './registration';

const valid: RegistrationForm = {
  unitCode: 'SH-PD', channel: 'HOTLINE', category: 'BILLING', level: 3, description: 'Billed twice for October',
  complainant: { name: '张三', phone: '13812345678' },
};
const rules = (form: RegistrationForm) => checkRegistration(form, new Date('2026-12-01T00:00:00Z')).map((e) => `${e.field}:${e.rule}`);

describe('the registration form checks, as intake-service makes them', () => {
  it('accepts a complete form', () => {
    expect(rules(valid)).toEqual([]);
  });

  it('names every missing required field', () => {
    expect(rules({ complainant: {} })).toEqual(expect.arrayContaining([
      'unitCode:NotNull', 'channel:NotNull', 'category:NotNull', 'level:NotNull', 'description:HasText',
      'complainant.name:HasText', 'complainant.phone:contact-required']));
  });

  it('takes a description of spaces as missing', () => {
    expect(rules({ ...valid, description: '   ' })).toEqual(['description:HasText']);
  });

  it('wants a phone or an e-mail, and each well formed', () => {
    expect(rules({ ...valid, complainant: { name: 'A', email: 'a@example.com' } })).toEqual([]);
    expect(rules({ ...valid, complainant: { name: 'A', phone: '12ab' } })).toEqual(['complainant.phone:Pattern']);
    expect(rules({ ...valid, complainant: { name: 'A', phone: '+86 138-1234-5678' } })).toEqual([]);
    expect(rules({ ...valid, complainant: { name: 'A', email: 'not-an-address' } })).toEqual(['complainant.email:Email']);
  });

  it('makes a group complaint (5 or more) level 1', () => {
    expect(rules({ ...valid, groupSize: 5, level: 2 })).toEqual(['level:group-complaint-is-major']);
    expect(rules({ ...valid, groupSize: 5, level: 1 })).toEqual([]);
    expect(rules({ ...valid, groupSize: 4, level: 3 })).toEqual([]);
  });

  it('registers only minor complaints as resolved at intake, with the action taken', () => {
    expect(rules({ ...valid, resolvedAtIntake: true, actionTaken: 'refunded' })).toEqual(['resolvedAtIntake:only-minor']);
    expect(rules({ ...valid, level: 4, resolvedAtIntake: true })).toEqual(['actionTaken:HasText']);
    expect(rules({ ...valid, level: 4, resolvedAtIntake: true, actionTaken: 'refunded on the spot' })).toEqual([]);
  });

  it('refuses a time of occurrence in the future and over-long texts', () => {
    expect(rules({ ...valid, occurredAt: '2027-01-01T00:00:00Z' })).toEqual(['occurredAt:not-in-future']);
    expect(rules({ ...valid, description: 'x'.repeat(4001) })).toEqual(['description:Size']);
  });
});

describe('the registration request', () => {
  it('leaves out what was not filled in and trims the rest', () => {
    const body = registrationRequest({ ...valid, demand: '  ', complainedAbout: {}, prioritySources: [],
      complainant: { name: ' 张三 ', phone: ' 13812345678 ', email: '' } });
    expect(body.demand).toBeUndefined();
    expect(body.complainedAbout).toBeUndefined();
    expect(body.prioritySources).toBeUndefined();
    expect(body.complainant).toEqual({ name: '张三', phone: '13812345678', organisation: undefined, address: undefined,
      email: undefined, contactConsent: false });
  });

  it('sends the action taken only when resolved at intake', () => {
    expect(registrationRequest({ ...valid, level: 4, resolvedAtIntake: true, actionTaken: 'refund' }).resolvedAtIntake)
      .toEqual({ actionTaken: 'refund' });
    expect(registrationRequest({ ...valid, actionTaken: 'refund' }).resolvedAtIntake).toBeUndefined();
  });
});
