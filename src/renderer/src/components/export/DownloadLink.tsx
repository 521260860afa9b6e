/**
 * The browser mode's download of an export. The link names the job's file; a click asks the server for a
 * one-minute ticket URL for it (the token never goes in a URL or a cookie: issue 10) and lets the browser
 * download that, so a link clicked long after the export ended still works.
 */
import { useState, type ReactNode } from 'react'
import { errorText } from '../../lib/errors'
import { useClient } from '../../transport/get-client'

interface Props { job: string; className?: string; testId: string; children: ReactNode }

export function DownloadLink({ job, className, testId, children }: Props) {
  const client = useClient()
  const [error, setError] = useState<string | null>(null)
  const click = (e: React.MouseEvent<HTMLAnchorElement>) => {
    if (!client.downloadUrl) return
    e.preventDefault()
    setError(null)
    client.downloadUrl(job).then((url) => {
      const a = document.createElement('a')
      a.href = url
      a.download = ''
      document.body.append(a)
      a.click()
      a.remove()
    }, (err: unknown) => setError(errorText(err)))
  }
  return (
    <>
      <a className={className} href={`/api/download/${encodeURIComponent(job)}`} download onClick={click} data-testid={testId}>{children}</a>
      {error && <span className="export-error" role="alert">{error}</span>}
    </>
  )
}
