// Bytes from the core (base64) to something the officer can see or keep: a blob: URL for the
// in-app preview (the CSP allows frame-src blob: for exactly this) and an <a download> for a
// download, which works the same in the browser host and in Electron.

export function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

export function downloadFile(file: { filename: string; mime: string; base64: string }): void {
  const url = URL.createObjectURL(base64ToBlob(file.base64, file.mime));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
