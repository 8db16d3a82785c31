// Success text and the backend's Indonesian error (with field issues by path), as every action
// form shows them (requests, objections, disputes, inquiries, settings).
import { useEffect, useRef, useState } from 'react';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { FixLink } from '../forms/FixLink';

export function useFeedback() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  return {
    message,
    failure,
    issues,
    reset() {
      setMessage(null);
      setFailure(null);
      setIssues({});
    },
    succeed(text: string) {
      setFailure(null);
      setIssues({});
      setMessage(text);
    },
    /** Issues found before sending (same words as the shared schema). */
    invalid(list: { path: string; message: string }[]) {
      setMessage(null);
      setIssues(Object.fromEntries(list.map((i) => [i.path, i.message])));
      setFailure(t('objections.actions.failed', { message: list.map((i) => i.message).join(' ') }));
    },
    onError(error: Error) {
      const list = isApiError(error) ? error.issues : [];
      setMessage(null);
      setIssues(Object.fromEntries(list.map((i) => [i.path, i.message])));
      setFailure(t('objections.actions.failed', { message: list.length > 0 ? list.map((i) => i.message).join(' ') : error.message }));
    },
  };
}

/** Brings a new result into view: after a long form the pane is scrolled past it. */
export function useScrollIntoView<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [trigger]);
  return ref;
}

export function FeedbackView({ message, failure }: { message: string | null; failure: string | null }) {
  const ref = useScrollIntoView<HTMLDivElement>(message);
  return (
    <>
      <div role="status" aria-live="polite" ref={ref}>
        {message && (
          <Text size="sm" fw={600} c="teal.9">
            {message}
          </Text>
        )}
      </div>
      {failure && (
        <Alert color="red" variant="outline" p="xs" role="alert">
          <Text size="sm" c="red.9">
            {failure}
          </Text>
          <FixLink message={failure} />
        </Alert>
      )}
    </>
  );
}
