import { useEffect, useId, useState } from 'react';

type CopyStatus = 'idle' | 'copied' | 'manual';

/** How long "Command copied" stays on screen, in milliseconds. */
const CONFIRMATION_MS = 4000;

/**
 * The engine's launch command, selectable, with a button that copies it. Where the clipboard is
 * missing or refuses, the command is selected for copying by hand and the status says so.
 */
export function LaunchCommandBox({ command }: { command: string }) {
  const id = useId();
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard?.writeText) throw new Error('The clipboard API is not available');
      await clipboard.writeText(command);
      setStatus('copied');
    } catch {
      const code = document.getElementById(id);
      const selection = window.getSelection();
      if (code && selection) selection.selectAllChildren(code);
      setStatus('manual');
    }
  };

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <div className="launch-command">
      <pre className="launch-command__code" aria-label="Launch command" tabIndex={0}>
        <code id={id} data-testid="launch-command">
          {command}
        </code>
      </pre>
      <button type="button" onClick={() => void copy()}>
        Copy command
      </button>
      <span role="status" className="launch-command__status">
        {status === 'copied'
          ? 'Command copied'
          : status === 'manual'
            ? 'Copying is not available here: the command is selected, copy it with your keyboard'
            : ''}
      </span>
    </div>
  );
}
