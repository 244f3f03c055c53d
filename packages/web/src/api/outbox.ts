import { request } from './client';
import type { OutboxItem, OutboxMessage, OutboxStatus, Page, PageQuery } from './types';

/** Outgoing mail, newest first, optionally of one status. */
export function listOutbox(query: PageQuery & { status?: OutboxStatus }): Promise<Page<OutboxItem>> {
  return request<Page<OutboxItem>>('/api/outbox', { query: { ...query } });
}

/** One outgoing mail with its body. */
export function getOutboxMessage(id: string): Promise<OutboxMessage> {
  return request<OutboxMessage>(`/api/outbox/${encodeURIComponent(id)}`);
}
