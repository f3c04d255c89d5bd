// The values the services speak; labels come from the translations (i18n/messages.ts).
export const CHANNELS = ['PHONE', 'HOTLINE', 'VISIT', 'LETTER', 'EMAIL', 'WEBSITE', 'ONLINE_CHAT', 'SOCIAL_MEDIA',
  'GOVERNMENT_HOTLINE', 'CONSUMER_ASSOCIATION', 'MEDIA', 'OTHER'] as const;
export const CATEGORIES = ['PRODUCT_QUALITY', 'SERVICE_QUALITY', 'DELIVERY', 'BILLING', 'STAFF_CONDUCT', 'SAFETY',
  'CONTRACT', 'OTHER'] as const;
export const LEVELS = [1, 2, 3, 4] as const;
export const PRIORITY_SOURCES = ['GOVERNMENT', 'REGULATOR', 'CONSUMER_ASSOCIATION', 'MEDIA', 'VULNERABLE_GROUP',
  'KEY_ACCOUNT', 'HQ_TRANSFERRED'] as const;
export const CASE_STATUSES = ['RECEIVED', 'AWAITING_TRIAGE', 'INVESTIGATING', 'AWAITING_APPROVAL', 'REMEDY_READY',
  'OFFERED', 'ACCEPTED', 'EXECUTED', 'CALLBACK_DUE', 'INVALID', 'CLOSED', 'WITHDRAWN'] as const;
export const INVALIDITY_REASONS = ['FORCE_MAJEURE', 'MISUNDERSTANDING', 'COMPLAINANT_AT_FAULT',
  'BEYOND_WHAT_WAS_PROMISED', 'DEMAND_CONTRARY_TO_LAW', 'FALSE_INFORMATION'] as const;
export const SATISFACTIONS = ['SATISFIED', 'FAIRLY_SATISFIED', 'NEUTRAL', 'DISSATISFIED'] as const;
/** How staff reached the complainant for the callback (ONLINE is the complainant's own answer in the portal, never staff's). */
export const CALLBACK_METHODS = ['PHONE', 'VISIT', 'MESSAGE'] as const;
/** The effectiveness review's outcome (措施有效性验证). */
export const REVIEW_OUTCOMES = ['EFFECTIVE', 'NOT_EFFECTIVE'] as const;
export const ROLES = ['INTAKE_AGENT', 'COORDINATOR', 'HANDLER', 'APPROVER', 'CALLBACK_AGENT', 'HQ_SUPERVISOR',
  'ANALYST', 'OPERATOR'] as const;
export const TIME_LIMITS = ['TRIAGE', 'CONTACT', 'SETTLE', 'EXPLAIN_INVALID', 'HQ_FINDINGS', 'APPROVAL', 'CALLBACK'] as const;
export const CONTACT_PURPOSES = ['CALLBACK', 'INVESTIGATION'] as const;
/** handling-service's cause catalogue (complaints.causes.catalogue); the Pareto counts by these codes. */
export const CAUSES = ['PRODUCT-DEFECT', 'SERVICE-ATTITUDE', 'PROCESS-GAP', 'DELAY', 'BILLING-ERROR', 'METER-READING',
  'COMMUNICATION', 'THIRD-PARTY', 'OTHER'] as const;
export const UNITS = ['HQ', 'SH', 'SH-PD', 'SH-XH', 'BJ', 'BJ-CY', 'BJ-HD', 'GZ', 'GZ-TH'] as const;
/** The sample organisation tree (platform's complaints-organisation.yml): each unit's parent. */
export const PARENT: Record<string, string> = {
  SH: 'HQ', BJ: 'HQ', GZ: 'HQ', 'SH-PD': 'SH', 'SH-XH': 'SH', 'BJ-CY': 'BJ', 'BJ-HD': 'BJ', 'GZ-TH': 'GZ',
};
export const childrenOf = (unit: string) => Object.keys(PARENT).filter((child) => PARENT[child] === unit);
export const ESCALATION_REASONS = ['LEVEL_1_AT_TRIAGE', 'LEVEL_2_AT_TRIAGE', 'DEADLINE_MISSED', 'REMEDY_REJECTED_TWICE',
  'CALLBACK_DISSATISFIED', 'BY_HAND'] as const;
export const NOTIFICATION_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;

export type Role = (typeof ROLES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
