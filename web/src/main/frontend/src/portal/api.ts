// The portal's calls: its own API on this origin (/portal/api/…), no account and no token. The session
// for one complaint is an HttpOnly cookie the page never sees; nothing is kept in the browser's storage.
import { isProblem, type Problem } from '../domain/problem';

export class PortalProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

export interface Branch { code: string; name: string; pathNames: string[] }
export interface Filed { registrationNumber: string; trackingCode: string; receivedAt: string }
export interface Step { at: string; step: string; role: string }
export interface PortalComplaint {
  registrationNumber: string; receivedAt: string; status: string; nextStep: string; due?: string | null;
  remedy?: { measures: string; dueDate?: string | null } | null; allowed: string[]; timeline: Step[];
}

const BASE = '/portal/api';

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(BASE + path, init);
  } catch {
    throw new PortalProblem({ status: 0, title: 'network' });
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    throw new PortalProblem(isProblem(parsed) ? parsed : { status: response.status });
  }
  return parsed as T;
}

export const portal = {
  branches: () => send<Branch[]>('GET', '/units'),
  sendCode: (email: string) => send<void>('POST', '/email-codes', { email }),
  file: (filing: unknown) => send<Filed>('POST', '/complaints', filing),
  open: (registrationNumber: string, trackingCode: string) =>
    send<PortalComplaint>('POST', '/session', { registrationNumber, trackingCode }),
  close: () => send<void>('DELETE', '/session'),
  complaint: () => send<PortalComplaint>('GET', '/complaint'),
  withdraw: (reason: string) => send<PortalComplaint>('POST', '/complaint/withdrawal', { reason }),
  addInformation: (text: string) => send<PortalComplaint>('POST', '/complaint/information', { text }),
  addFile: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return send<PortalComplaint>('POST', '/complaint/evidence', form);
  },
  decide: (accepted: boolean, reason?: string) =>
    send<PortalComplaint>('POST', '/complaint/remedy-decision', { accepted, reason }),
  answerCallback: (satisfaction: string, timelinessSatisfaction?: string, comment?: string) =>
    send<PortalComplaint>('POST', '/complaint/callback', { satisfaction, timelinessSatisfaction, comment }),
};
