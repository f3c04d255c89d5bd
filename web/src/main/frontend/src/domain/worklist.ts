// A work list's rows, from handling's work lists or analytics' ledger, in one shape and one order:
// priority first, then the soonest due, overdue marked.
export interface WorkItem {
  id: string;
  number: string;
  unit: string;
  level: number | null;
  priority: boolean;
  status: string;
  due: string | null;
  overdue: boolean;
  missed: number;
}

export interface CaseViewLike {
  caseId: string; registrationNumber: string; unitCode: string; level?: number | null; priority?: boolean;
  status: string; nextDue?: string | null; deadlinesMissed?: number;
}

export interface LedgerLike {
  complaintId: string; registrationNumber: string; unitCode: string; level?: number | null; priority?: boolean;
  status: string; overdue?: boolean; openDeadlines?: Record<string, string>; deadlinesMissed?: string[];
}

export function fromCase(view: CaseViewLike, now: Date): WorkItem {
  const due = view.nextDue ?? null;
  return {
    id: view.caseId, number: view.registrationNumber, unit: view.unitCode, level: view.level ?? null,
    priority: !!view.priority, status: view.status, due,
    overdue: (view.deadlinesMissed ?? 0) > 0 || (due !== null && new Date(due) < now), missed: view.deadlinesMissed ?? 0,
  };
}

export function fromLedger(row: LedgerLike, now: Date): WorkItem {
  const dues = Object.values(row.openDeadlines ?? {}).sort();
  const due = dues[0] ?? null;
  return {
    id: row.complaintId, number: row.registrationNumber, unit: row.unitCode, level: row.level ?? null,
    priority: !!row.priority, status: row.status, due,
    overdue: !!row.overdue || (due !== null && new Date(due) < now), missed: row.deadlinesMissed?.length ?? 0,
  };
}

/** Priority before the rest; then overdue; then soonest due (none due last); then the registration number. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.number.localeCompare(b.number);
}
