/**
 * MHTML files made by the tests, as a browser saves a page (“Saved by Blink”): the HTML part in
 * quoted-printable, each picture a base64 part named by its Content-Location.
 */

/** Quoted-printable as browsers write it: =XX for bytes over 0x7e and '=', soft breaks at 76. */
export function qp(bytes: Buffer): string {
  let out = ''
  let line = 0
  for (const b of bytes) {
    const piece = b === 0x0a ? '\r\n' : b === 0x0d ? '' : b > 0x7e || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b)
    if (piece === '\r\n') { out += piece; line = 0; continue }
    if (line + piece.length > 75) { out += '=\r\n'; line = 0 }
    out += piece
    line += piece.length
  }
  return out
}

/** A 1×1 PNG: a picture with nothing to read. */
export const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

export interface MhtmlImage {
  location: string
  /** default BLANK_PNG */
  bytes?: Buffer
  /** default image/png */
  type?: string
}

export function makeMhtml(html: Buffer, charset: string, images: MhtmlImage[]): Buffer {
  const boundary = '----MultipartBoundary--abc123----'
  const parts = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://www.example.gov.cn/xxgk/2022/t20220115_1.html',
    'Subject: report',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    `Content-Type: text/html; charset=${charset}`,
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.example.gov.cn/xxgk/2022/t20220115_1.html',
    '',
    qp(html),
  ]
  for (const img of images) {
    // base64 in lines of 76, as browsers write it
    const b64 = (img.bytes ?? BLANK_PNG).toString('base64').replace(/.{76}/g, '$&\r\n')
    parts.push(`--${boundary}`, `Content-Type: ${img.type ?? 'image/png'}`, 'Content-Transfer-Encoding: base64', `Content-Location: ${img.location}`, '', b64)
  }
  parts.push(`--${boundary}--`, '')
  return Buffer.from(parts.join('\r\n'), 'latin1')
}
