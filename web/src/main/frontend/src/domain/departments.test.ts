import { describe, expect, it } from 'vitest';
import { departmentOptions, departmentsUrl } from './departments';

const answer = {
  unit: 'SH-PD', name: 'Pudong branch',
  departments: [
    { code: 'customer-service', nameZh: '客户服务部', nameEn: 'Customer service' },
    { code: 'billing', nameZh: '收费部', nameEn: 'Billing' },
  ],
};

describe('the department options of a unit', () => {
  it('name each department in Chinese and send its code', () => {
    expect(departmentOptions(answer, 'zh-CN')).toEqual([
      { value: 'customer-service', label: '客户服务部' }, { value: 'billing', label: '收费部' }]);
  });

  it('name each department in English and send its code', () => {
    expect(departmentOptions(answer, 'en')).toEqual([
      { value: 'customer-service', label: 'Customer service' }, { value: 'billing', label: 'Billing' }]);
  });

  it('fall back to the other name, then the code, when a name is missing', () => {
    const partial = { unit: 'BJ', departments: [{ code: 'metering', nameZh: '计量部' }, { code: 'quality', nameZh: null, nameEn: null }] };
    expect(departmentOptions(partial, 'en')).toEqual([{ value: 'metering', label: '计量部' }, { value: 'quality', label: 'quality' }]);
  });

  it('are none before the answer came', () => {
    expect(departmentOptions(null, 'zh-CN')).toEqual([]);
  });

  it('are read through the relay to handling-service', () => {
    expect(departmentsUrl('SH-PD')).toBe('/api/handling/organisation/units/SH-PD/departments');
  });
});
