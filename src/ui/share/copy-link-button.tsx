export function CopyLinkButton() {
  return null;
}
