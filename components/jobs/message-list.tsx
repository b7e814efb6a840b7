import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { formatInZone } from '@/lib/format/time';

export type MessageRow = {
  id: string;
  kind: string;
  status: 'queued' | 'sent' | 'delivered' | 'failed' | 'suppressed';
  body: string;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt?: Date | null;
  lastError: string | null;
  nextAttemptAt: Date;
};

// Matches QUIET_HOURS_NOTE in lib/server/outbox/deliver-batch.ts (client-safe copy).
const QUIET_HOURS_NOTE = 'Held for quiet hours';

/** The delivery state in words, with why a message is waiting or was not sent. */
export function DeliveryState({ message, timeZone }: { message: MessageRow; timeZone: string }) {
  switch (message.status) {
    case 'queued':
      if (message.lastError === QUIET_HOURS_NOTE) return <Badge>Quiet hours · sends {formatInZone(message.nextAttemptAt, timeZone, { timeOnly: true })}</Badge>;
      return message.lastError ? <Badge title={message.lastError}>Queued · retrying</Badge> : <Badge>Queued</Badge>;
    case 'sent':
      return <Badge variant="info">Sent</Badge>;
    case 'delivered':
      return <Badge variant="success">Delivered</Badge>;
    case 'failed':
      return (
        <Badge variant="destructive" title={message.lastError ?? undefined}>
          Failed
        </Badge>
      );
    case 'suppressed':
      return <Badge variant="outline">Not sent · replied STOP</Badge>;
  }
}

/** Message text with its links clickable (tracking and survey links). */
export function MessageText({ body }: { body: string }) {
  const parts = body.split(/(https?:\/\/\S+)/);
  return (
    <p className="text-sm whitespace-pre-wrap wrap-anywhere">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="text-primary underline underline-offset-2">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/** The texts a job's customer was sent (or will be), each with its delivery state and time. */
export function MessageList({ messages, timeZone }: { messages: MessageRow[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Customer texts</CardTitle>
      </CardHeader>
      <CardContent>
        {messages.length === 0 ? (
          <p className="text-sm text-muted-foreground">No texts yet. The customer gets one when a visit is scheduled.</p>
        ) : (
          <ol aria-label="Customer texts" className="grid gap-3">
            {[...messages].reverse().map((m) => (
              <li key={m.id} className="grid gap-1 border-b pb-3 last:border-b-0 last:pb-0">
                <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
                  <DeliveryState message={m} timeZone={timeZone} />
                  <RelativeTime date={m.deliveredAt ?? m.sentAt ?? m.createdAt} timeZone={timeZone} showExact />
                </div>
                <MessageText body={m.body} />
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
