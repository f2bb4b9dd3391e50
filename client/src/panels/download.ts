// Saves a blob as a file through a temporary link; the browser asks nothing.
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stamped with the date and time, e.g. graph-2025-01-31-1405.png. */
export function stampedName(ext: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `graph-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.${ext}`;
}
