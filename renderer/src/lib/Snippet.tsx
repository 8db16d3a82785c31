import './snippet.css';
import type { Segment } from '../../../shared/ipc/channels/archive';

/** A search passage: hits in <mark>, everything else as text. No HTML is ever parsed from a document. */
export function Snippet({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
