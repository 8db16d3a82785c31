import { Text } from '@mantine/core';

/**
 * "Tersimpan." and the like after a save: a polite live region that is always in the page, so a
 * screen reader announces the text when it appears (a region added with its text is not read).
 */
export function SavedNotice({ notice, mt }: { notice: string | null | undefined | false; mt?: number }) {
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <Text size="sm" c="teal.9" fw={600} {...(mt !== undefined ? { mt } : {})}>
          {notice}
        </Text>
      )}
    </div>
  );
}
