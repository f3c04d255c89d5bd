import { useEffect, useState } from 'react';
import { List, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/I18n';
import { listen, type FeedNotification } from '../api/feed';
import { formatDateTime } from '../domain/format';

/** The person's unit's notifications as they arrive (the live feed), newest first; kept in memory only. */
export function useNotifications() {
  const [items, setItems] = useState<FeedNotification[]>([]);
  const [unread, setUnread] = useState(0);
  useEffect(() => listen((n) => {
    setItems((list) => [n, ...list].slice(0, 100));
    setUnread((u) => u + 1);
  }), []);
  return { items, unread, markRead: () => setUnread(0) };
}

export function NotificationList({ items }: { items: FeedNotification[] }) {
  const { t, lang } = useI18n();
  return (
    <List dataSource={items} locale={{ emptyText: t('app.noNotifications') }} renderItem={(n) => (
      <List.Item>
        <List.Item.Meta
          title={<span>{n.complaintId ? <a href={`#/cases/${n.complaintId}`}>{n.registrationNumber ?? n.complaintId}</a> : n.registrationNumber}
            {n.level ? <Tag style={{ marginLeft: 8 }}>{t(`level.${n.level}`)}</Tag> : null}</span>}
          description={<Typography.Text type="secondary">{n.rule} · {n.eventType} · {n.unit} · {formatDateTime(n.receivedAt, lang)}</Typography.Text>} />
      </List.Item>)} />
  );
}
