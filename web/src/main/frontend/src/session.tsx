import { createContext, useContext } from 'react';

export interface Me { id: string; name: string; unit: string; department?: string | null; roles: string[] }

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe before sign-in');
  return me;
}

export const hasRole = (me: Me, ...roles: string[]) => roles.some((role) => me.roles.includes(role));
