/** Where the caller's messages live in the web app. */
export const MY_MESSAGES_PATH = '/me/messages';

/** The page of one of the caller's messages. */
export function myMessagePath(id: string): string {
  return `${MY_MESSAGES_PATH}/${encodeURIComponent(id)}`;
}
