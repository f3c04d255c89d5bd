import { describe, expect, it } from 'vitest';
import { byUrgency, fromCase, fromLedger, type WorkItem } from './worklist';

const now = new Date('2026-12-01T00:00:00Z');
const item = (number: string, priority: boolean, due: string | null, overdue = false): WorkItem =>
  ({ id: number, number, unit: 'SH-PD', level: 3, priority, status: 'INVESTIGATING', due, overdue, missed: 0 });

describe('a work list in the order work is done', () => {
  it('puts priority first, then overdue, then the soonest due, then those without a due time', () => {
    const sorted = [item('a', false, null), item('b', false, '2026-12-03T00:00:00Z'), item('c', true, '2026-12-05T00:00:00Z'),
      item('d', false, '2026-12-02T00:00:00Z'), item('e', false, '2026-12-04T00:00:00Z', true)].sort(byUrgency);
    expect(sorted.map((i) => i.number)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it('marks a case overdue when a limit was missed or the next one has passed', () => {
    expect(fromCase({ caseId: '1', registrationNumber: 'n', unitCode: 'SH-PD', status: 'INVESTIGATING', deadlinesMissed: 1 }, now).overdue).toBe(true);
    expect(fromCase({ caseId: '1', registrationNumber: 'n', unitCode: 'SH-PD', status: 'INVESTIGATING', nextDue: '2026-11-30T00:00:00Z' }, now).overdue).toBe(true);
    expect(fromCase({ caseId: '1', registrationNumber: 'n', unitCode: 'SH-PD', status: 'INVESTIGATING', nextDue: '2026-12-02T00:00:00Z' }, now).overdue).toBe(false);
  });

  it('takes the soonest open time limit of a ledger row as its due time', () => {
    const row = fromLedger({ complaintId: '1', registrationNumber: 'n', unitCode: 'SH-PD', status: 'AWAITING_TRIAGE',
      openDeadlines: { SETTLE: '2026-12-04T00:00:00Z', TRIAGE: '2026-12-01T10:00:00Z' } }, now);
    expect(row.due).toBe('2026-12-01T10:00:00Z');
    expect(row.overdue).toBe(false);
  });
});

describe('the organisation tree the statistics break down by', () => {
  it('names the units right below a unit', async () => {
    const { childrenOf } = await import('./enums');
    expect(childrenOf('HQ')).toEqual(['SH', 'BJ', 'GZ']);
    expect(childrenOf('SH')).toEqual(['SH-PD', 'SH-XH']);
    expect(childrenOf('SH-PD')).toEqual([]);
  });
});
