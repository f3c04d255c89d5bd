import { hasRole, type Me } from '../session';

/**
 * Who may erase a complainant's personal data, as intake decides it: a coordinator (of the complaint's unit or
 * one above it, which intake checks) or an HQ supervisor. Intake agents and handlers may not: it cannot be undone.
 */
export const mayErase = (me: Me) => hasRole(me, 'COORDINATOR', 'HQ_SUPERVISOR');

/** Where the erasure of a complainant is asked for: by their reference, never by anything personal. */
export const erasurePath = (reference: string) => `/api/intake/complainants/${encodeURIComponent(reference)}/erasure`;
