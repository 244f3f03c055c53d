import { splitLinks } from '../admin-outbox/linkify';

/**
 * A mail's text body with its line breaks kept and its http(s) links clickable; never rendered as
 * HTML (React escapes every text part).
 */
export function MessageText({ text }: { text: string }) {
  return (
    <pre className="mail-body" data-testid="message-body">
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are static for one text
          <a key={index} href={part.href}>
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </pre>
  );
}
