import { describe, expect, it } from 'vitest';
import { caseActions, STEP_PATH } from './caseActions';

describe('the steps a person is offered on a case', () => {
  it('offers the coordinator triage of a new case, and no handler step', () => {
    expect(caseActions(['COORDINATOR'], { status: 'AWAITING_TRIAGE' })).toEqual(['triage', 'invalidity', 'pause', 'escalate']);
  });

  it('offers the handler the investigation steps, the approver nothing yet', () => {
    expect(caseActions(['HANDLER'], { status: 'INVESTIGATING' })).toEqual(['contact', 'findings', 'remedy', 'pause', 'escalate']);
    expect(caseActions(['APPROVER'], { status: 'INVESTIGATING' })).toEqual(['escalate']);
  });

  it('offers approval and rejection to the approver only', () => {
    expect(caseActions(['APPROVER'], { status: 'AWAITING_APPROVAL' })).toEqual(['approve', 'reject', 'escalate']);
    expect(caseActions(['HANDLER'], { status: 'AWAITING_APPROVAL' })).not.toContain('approve');
  });

  it('offers the callback to the callback agent, who may not pause or escalate', () => {
    expect(caseActions(['CALLBACK_AGENT'], { status: 'CALLBACK_DUE' })).toEqual(['callback']);
  });

  it('offers resume instead of pause while the clock is paused', () => {
    expect(caseActions(['HANDLER'], { status: 'OFFERED', paused: true })).toEqual(['contact', 'decision', 'resume', 'escalate']);
  });

  it('offers HQ the takeover of a case held below it', () => {
    expect(caseActions(['HQ_SUPERVISOR'], { status: 'INVESTIGATING', holderUnit: 'SH-PD' })).toContain('takeover');
    expect(caseActions(['HQ_SUPERVISOR'], { status: 'INVESTIGATING', holderUnit: 'HQ' })).not.toContain('takeover');
  });

  it('offers the coordinator and HQ the correction of triage while the case is open after triage', () => {
    expect(caseActions(['COORDINATOR'], { status: 'INVESTIGATING' })).toContain('retriage');
    expect(caseActions(['HQ_SUPERVISOR'], { status: 'INVALID' })).toContain('retriage');
    expect(caseActions(['COORDINATOR'], { status: 'AWAITING_TRIAGE' })).not.toContain('retriage');
    expect(caseActions(['HANDLER'], { status: 'INVESTIGATING' })).not.toContain('retriage');
    expect(STEP_PATH.retriage).toBe('retriage');
  });

  it('offers the coordinator and HQ the effectiveness review of a level-1 or level-2 case closed as resolved', () => {
    const closed = { status: 'CLOSED', outcome: 'RESOLVED' };
    expect(caseActions(['COORDINATOR'], { ...closed, level: 1 })).toEqual(['reviewEffectiveness']);
    expect(caseActions(['HQ_SUPERVISOR'], { ...closed, level: 2 })).toEqual(['reviewEffectiveness']);
    expect(caseActions(['COORDINATOR'], { ...closed, level: 3 })).toEqual([]);
    expect(caseActions(['COORDINATOR'], { status: 'CLOSED', outcome: 'INVALID', level: 1 })).toEqual([]);
    expect(caseActions(['HANDLER', 'APPROVER', 'CALLBACK_AGENT'], { ...closed, level: 1 })).toEqual([]);
    expect(STEP_PATH.reviewEffectiveness).toBe('effectiveness-review');
  });

  it('offers nothing on a closed case, and nothing to an analyst', () => {
    expect(caseActions(['COORDINATOR', 'HANDLER', 'HQ_SUPERVISOR'], { status: 'CLOSED' })).toEqual([]);
    expect(caseActions(['ANALYST'], { status: 'INVESTIGATING' })).toEqual([]);
  });
});
