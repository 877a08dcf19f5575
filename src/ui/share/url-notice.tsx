export function UrlNotice() {
  return null;
}
