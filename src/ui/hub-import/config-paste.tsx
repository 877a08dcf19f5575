import { useId, useState, type Ref } from 'react';
import { ConfigDropZone } from './config-drop-zone';

interface ConfigPasteProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** The text of a config.json and the name the model gets when its file does not say. */
  onConfig: (text: string, fileName: string | null) => void;
  /** A file that could not be read as text. */
  onFailure: (error: Error) => void;
  onEdit: () => void;
}

/** Larger than any config.json by far: a safetensors or GGUF file dropped by mistake is not read. */
const MAX_FILE_BYTES = 5 * 2 ** 20;

/** A dropped file's own name ("gpt2" for gpt2.json), or null for the generic config.json. */
const fileModelName = (file: File): string | null =>
  file.name === 'config.json' ? null : file.name.replace(/\.json$/i, '');

/**
 * The offline path: a config.json pasted or dropped here goes through the same mapping and the
 * same messages as one fetched from the Hub, with no request at all.
 */
export function ConfigPaste(props: ConfigPasteProps) {
  const { isOpen, onOpenChange, textareaRef, onConfig, onFailure, onEdit } = props;
  const id = useId();
  const [text, setText] = useState('');
  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      onFailure(
        new Error(`${file.name} is larger than 5 MB; a config.json is a few kilobytes of JSON`),
      );
      return;
    }
    try {
      onConfig(await file.text(), fileModelName(file));
    } catch {
      onFailure(new Error(`${file.name} could not be read`));
    }
  };
  return (
    <details
      className="hub-paste"
      open={isOpen}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary>No network, or a gated model? Paste or drop its config.json</summary>
      <p className="muted">
        Read here in the browser; nothing is sent anywhere. Gated models need a sign-in this page
        does not have: copy the file from the model page while signed in.
      </p>
      <div className="field hub-paste__text">
        <label htmlFor={id}>config.json text</label>
        <textarea
          id={id}
          ref={textareaRef}
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onEdit();
          }}
        />
      </div>
      <button type="button" onClick={() => onConfig(text, null)}>
        Use the pasted config
      </button>
      <ConfigDropZone onFile={(file) => void readFile(file)} />
    </details>
  );
}
