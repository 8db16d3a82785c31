import { Button, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

// The left column of the inbox and the registers: loading, failure, an empty state that says what
// to do, or the list with "load more" under it while the keyset paging has more.
export function PagedListColumn(props: {
  pending: boolean;
  error: Error | null;
  empty: boolean;
  texts: { loading: string; failed: (message: string) => string; empty: ReactNode; loadMore: string };
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  children: ReactNode;
}) {
  const { texts } = props;
  return (
    <div className="inbox-list-column">
      {props.pending ? (
        <Text>{texts.loading}</Text>
      ) : props.error ? (
        <Text c="red.9">{texts.failed(props.error.message)}</Text>
      ) : props.empty ? (
        <Paper withBorder p="md">
          <Text>{texts.empty}</Text>
        </Paper>
      ) : (
        <>
          {props.children}
          {props.hasMore && (
            <Button variant="default" mt="xs" onClick={props.onLoadMore} loading={props.loadingMore} style={{ alignSelf: 'flex-start' }}>
              {texts.loadMore}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
