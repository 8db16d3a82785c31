// Files chosen with the picker (multiple, or a folder via webkitdirectory) or dropped (files and
// folders, read recursively through the File System entries API), each with its path in the choice.

export interface PickedFile {
  file: File;
  relativePath: string;
}

export function fromFileList(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
}

const hidden = (name: string) => name.startsWith('.') || name.startsWith('~$');

async function readEntry(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (hidden(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, relativePath: entry.fullPath.replace(/^\//, '') || file.name });
    return;
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries answers in chunks (100 in Chromium) until it answers with none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await readEntry(child, out);
    }
  }
}

export async function fromDataTransfer(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return fromFileList(data.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await readEntry(entry, out);
  return out;
}
