// Which steps of a case a person is offered: by their roles (handling-service's endpoint rules) and the
// case's status (the case's own rules). The service decides again; this only keeps the screen honest.
import type { Role } from './enums';

export type CaseAction =
  | 'triage' | 'assign' | 'contact' | 'findings' | 'invalidity' | 'explainInvalidity' | 'remedy'
  | 'approve' | 'reject' | 'offer' | 'decision' | 'execute' | 'instructCallback' | 'callback'
  | 'pause' | 'resume' | 'escalate' | 'takeover' | 'retriage' | 'reviewEffectiveness';

export interface CaseState {
  status: string;
  paused?: boolean;
  handlerId?: string | null;
  holderUnit?: string | null;
  level?: number | null;
  outcome?: string | null;
}

const HANDLING = ['HANDLER', 'COORDINATOR'] as const;

const RULES: { action: CaseAction; roles: readonly Role[]; statuses: readonly string[] }[] = [
  { action: 'triage', roles: ['COORDINATOR', 'HQ_SUPERVISOR'], statuses: ['AWAITING_TRIAGE'] },
  { action: 'retriage', roles: ['COORDINATOR', 'HQ_SUPERVISOR'],
    statuses: ['INVESTIGATING', 'AWAITING_APPROVAL', 'REMEDY_READY', 'OFFERED', 'ACCEPTED', 'EXECUTED', 'CALLBACK_DUE', 'INVALID'] },
  { action: 'invalidity', roles: ['COORDINATOR', 'HQ_SUPERVISOR'], statuses: ['AWAITING_TRIAGE', 'INVESTIGATING'] },
  { action: 'assign', roles: ['COORDINATOR', 'HQ_SUPERVISOR'],
    statuses: ['INVESTIGATING', 'AWAITING_APPROVAL', 'REMEDY_READY', 'OFFERED', 'ACCEPTED', 'EXECUTED'] },
  { action: 'contact', roles: HANDLING, statuses: ['INVESTIGATING', 'AWAITING_APPROVAL', 'REMEDY_READY', 'OFFERED'] },
  { action: 'findings', roles: HANDLING, statuses: ['INVESTIGATING'] },
  { action: 'remedy', roles: HANDLING, statuses: ['INVESTIGATING'] },
  { action: 'explainInvalidity', roles: ['COORDINATOR', 'HANDLER', 'HQ_SUPERVISOR'], statuses: ['INVALID'] },
  { action: 'approve', roles: ['APPROVER'], statuses: ['AWAITING_APPROVAL'] },
  { action: 'reject', roles: ['APPROVER'], statuses: ['AWAITING_APPROVAL'] },
  { action: 'offer', roles: HANDLING, statuses: ['REMEDY_READY'] },
  { action: 'decision', roles: HANDLING, statuses: ['OFFERED'] },
  { action: 'execute', roles: HANDLING, statuses: ['ACCEPTED'] },
  { action: 'instructCallback', roles: ['COORDINATOR', 'HQ_SUPERVISOR'], statuses: ['EXECUTED'] },
  { action: 'callback', roles: ['CALLBACK_AGENT'], statuses: ['CALLBACK_DUE'] },
];

const OPEN = ['AWAITING_TRIAGE', 'INVESTIGATING', 'AWAITING_APPROVAL', 'REMEDY_READY', 'OFFERED', 'ACCEPTED',
  'EXECUTED', 'CALLBACK_DUE', 'INVALID'];

export function caseActions(roles: readonly string[], state: CaseState): CaseAction[] {
  const has = (allowed: readonly Role[]) => allowed.some((role) => roles.includes(role));
  const actions = RULES.filter((rule) => rule.statuses.includes(state.status) && has(rule.roles))
    .map((rule) => rule.action);
  if (OPEN.includes(state.status)) {
    if (has(['COORDINATOR', 'HANDLER', 'HQ_SUPERVISOR'])) actions.push(state.paused ? 'resume' : 'pause');
    if (has(['COORDINATOR', 'HANDLER', 'APPROVER', 'HQ_SUPERVISOR'])) actions.push('escalate');
    if (has(['HQ_SUPERVISOR']) && state.holderUnit !== 'HQ') actions.push('takeover');
  }
  // the effectiveness review (措施有效性验证) of a level-1 or level-2 complaint closed as resolved; the case does
  // not say whether it was reviewed already: the service refuses a second one (409 review-due)
  if (state.status === 'CLOSED' && state.outcome === 'RESOLVED' && (state.level === 1 || state.level === 2)
    && has(['COORDINATOR', 'HQ_SUPERVISOR'])) actions.push('reviewEffectiveness');
  return actions;
}

/** The POST under /api/cases/{id} of each step. */
export const STEP_PATH: Record<CaseAction, string> = {
  triage: 'triage', assign: 'assignment', contact: 'contact', findings: 'findings', invalidity: 'invalidity',
  explainInvalidity: 'invalidity/explanation', remedy: 'remedies', approve: 'remedy/approval',
  reject: 'remedy/rejection', offer: 'remedy/offer', decision: 'remedy/decision', execute: 'remedy/execution',
  instructCallback: 'callback/instruction', callback: 'callback', pause: 'clock/pause', resume: 'clock/resume',
  escalate: 'escalations', takeover: 'takeover', retriage: 'retriage', reviewEffectiveness: 'effectiveness-review',
};
