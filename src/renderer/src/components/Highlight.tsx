/** Text with every occurrence of the search term marked. */
import { findAll, segments } from '../lib/span-map'

export function Highlight({ text, term }: { text: string; term: string }) {
  if (!term) return <>{text}</>
  const segs = segments(text, null, findAll(text, term))
  return <>{segs.map((s) => (s.kind === 'plain' ? s.text : <mark key={s.start} className="hit">{s.text}</mark>))}</>
}
