import { request } from './client';
import type { Page, PageQuery } from './types';

export type MyMessageStatus = 'pending' | 'sent' | 'failed';

/** One of the caller's messages as listed (docs/api/mail.md, My messages). */
export interface MyMessageItem {
  id: string;
  subject: string;
  createdAt: string;
  sentAt: string | null;
  status: MyMessageStatus;
}

/** One of the caller's messages with its plain-text body. */
export interface MyMessage extends MyMessageItem {
  text: string;
}

/** The messages addressed to the caller's account e-mail, newest first. */
export function listMyMessages(query: PageQuery): Promise<Page<MyMessageItem>> {
  return request<Page<MyMessageItem>>('/api/me/messages', { query: { ...query } });
}

/** One of the caller's messages; 404 for anyone else's. */
export function getMyMessage(id: string): Promise<MyMessage> {
  return request<MyMessage>(`/api/me/messages/${encodeURIComponent(id)}`);
}
