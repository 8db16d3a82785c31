// The one Content-Security-Policy of the app: sent by the Electron app:// protocol and by the
// browser host with every response, and repeated in renderer/index.html's meta tag (a test
// checks they agree).
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine writes inline `style` attributes (style props, CSS variables on elements) and a
  // <style> tag of theme variables at runtime; without 'unsafe-inline' the UI loses its layout.
  // This does not allow inline <script>; CSS injection cannot phone home because img-src,
  // font-src and connect-src below stay on our own origin.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  // The in-app preview of an issued letter is an <iframe> of a blob: URL made from the stored PDF
  // bytes; nothing else may be framed (no http(s), not even our own pages).
  "frame-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  // Only as a header: browsers ignore frame-ancestors in a meta tag.
  "frame-ancestors 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
