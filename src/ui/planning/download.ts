/** MIME types of the files the page writes; text is UTF-8 so names like "Llama‑2 · 日本語" survive. */
export const MIME = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
} as const;

/**
 * Saves a file made in the browser: an object URL on a temporary link with a `download` name.
 * The URL is released a moment later, once the browser has started reading it.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
