import { sourceParts } from '../../lib/source-links';

/** A source as text, with each document it names one click away. */
export function SourceText({ text }: { text: string }) {
  return (
    <>
      {sourceParts(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} rel="noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
