// The live feed of the person's unit (notification-service's SSE, relayed): one stream per tab, shared by
// every screen that listens (the service allows a few streams per person).
export interface FeedNotification {
  rule?: string; eventType?: string; complaintId?: string; registrationNumber?: string; level?: number;
  role?: string; unit?: string; receivedAt: string;
}

type Listener = (notification: FeedNotification) => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

export function listen(listener: Listener): () => void {
  listeners.add(listener);
  if (!source) {
    source = new EventSource('/api/notification/feed');
    source.addEventListener('notification', (event) => {
      let data: Omit<FeedNotification, 'receivedAt'> = {};
      try { data = JSON.parse((event as MessageEvent).data); } catch { /* a malformed one is skipped */ }
      const notification = { ...data, receivedAt: new Date().toISOString() };
      listeners.forEach((l) => l(notification));
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = null;
    }
  };
}
