import { useEffect, useState } from 'react';

// Screens are addressed in the URL's fragment (#/work/mine, #/cases/<case id>): ids only, never personal data.
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go = (path: string) => { window.location.hash = `#/${path}`; };
