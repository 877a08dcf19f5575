import { useId, useState, type DragEvent } from 'react';

interface ConfigDropZoneProps {
  onFile: (file: File) => void;
}

/**
 * A config.json dropped here or chosen with the file input inside it. The input is a real one, so
 * the zone works by keyboard (Tab to it, Enter or Space opens the file picker) and by screen reader.
 */
export function ConfigDropZone({ onFile }: ConfigDropZoneProps) {
  const id = useId();
  const [isOver, setIsOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={isOver ? 'hub-drop hub-drop--over' : 'hub-drop'}
      data-testid="config-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>Drop a config.json file here, or choose one</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // Choosing the same file again after fixing it must fire again.
          event.target.value = '';
        }}
      />
    </div>
  );
}
