/**
 * The standard security handler (PDF 32000-2, 7.6.4) for the one case a reader can open alone: an
 * empty user password. Agencies often "protect" a report against editing with an owner password only;
 * anyone may read it, and so may this reader. RC4 (V1/V2), AES-128 (V4) and AES-256 (V5, R5/R6).
 * A file that needs a real password is Unsupported here; pdfjs then says it is encrypted.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto'
import { isDict, nameOf, numberOf, Unsupported, type PdfDict, type PdfValue } from './objects'

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')

type Method = 'none' | 'rc4' | 'aes128' | 'aes256'

export interface Decryptor {
  /** decrypts a string or a stream's bytes of object `num gen` */
  decrypt(data: Uint8Array, num: number, gen: number, kind: 'string' | 'stream'): Uint8Array
}

function md5(...parts: Uint8Array[]): Buffer {
  const h = createHash('md5')
  for (const p of parts) h.update(p)
  return h.digest()
}

function sha(bits: 256 | 384 | 512, ...parts: Uint8Array[]): Buffer {
  const h = createHash(`sha${bits}`)
  for (const p of parts) h.update(p)
  return h.digest()
}

/** RC4 by hand: OpenSSL 3 builds often leave it out of node:crypto. (The fixture PDF writer uses it too.) */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256)
  for (let i = 0; i < 256; i++) s[i] = i
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff
    const t = s[i]
    s[i] = s[j]
    s[j] = t
  }
  const out = new Uint8Array(data.length)
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff
    j = (j + s[i]) & 0xff
    const t = s[i]
    s[i] = s[j]
    s[j] = t
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff]
  }
  return out
}

function aesDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (data.length < 16) return new Uint8Array(0)
  const body = data.subarray(16, 16 + Math.floor((data.length - 16) / 16) * 16)
  const d = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16))
  d.setAutoPadding(false)
  const out = Buffer.concat([d.update(body), d.final()])
  // PKCS#7 padding, when it is well formed (some producers leave it out)
  const pad = out.length > 0 ? out[out.length - 1] : 0
  return pad >= 1 && pad <= 16 && out.subarray(out.length - pad).every((b) => b === pad) ? out.subarray(0, out.length - pad) : out
}

function bytesOf(v: PdfValue | undefined, what: string): Uint8Array {
  if (!(v instanceof Uint8Array)) throw new Unsupported(`encryption dictionary without ${what}`)
  return v
}

/** Algorithm 2.B (ISO 32000-2): the iterated hash of revision 6. */
function hash2B(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array): Buffer {
  let k = sha(256, password, salt, userKey)
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat(new Array(64).fill(Buffer.concat([password, k, userKey])))
    const c = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32))
    c.setAutoPadding(false)
    const e = Buffer.concat([c.update(k1), c.final()])
    let sum = 0
    for (let i = 0; i < 16; i++) sum += e[i]
    k = sha(([256, 384, 512] as const)[sum % 3], e)
    if (round >= 63 && e[e.length - 1] <= round - 31) break
  }
  return k.subarray(0, 32)
}

/** The file key for the empty user password, revisions 5 and 6; null when it is not the password. */
function aes256Key(r: number, u: Uint8Array, ue: Uint8Array): Uint8Array | null {
  const empty = new Uint8Array(0)
  const hash = (salt: Uint8Array): Buffer => (r === 5 ? sha(256, empty, salt) : hash2B(empty, salt, empty))
  if (!hash(u.subarray(32, 40)).equals(Buffer.from(u.subarray(0, 32)))) return null
  const d = createDecipheriv('aes-256-cbc', hash(u.subarray(40, 48)), Buffer.alloc(16))
  d.setAutoPadding(false)
  return Buffer.concat([d.update(ue.subarray(0, 32)), d.final()])
}

/** The file key for the empty user password, revisions 2 to 4 (Algorithms 2, 4 and 5); null when it is not the password. */
function rc4EraKey(r: number, n: number, o: Uint8Array, u: Uint8Array, p: number, id0: Uint8Array, encryptMetadata: boolean): Uint8Array | null {
  const pb = Buffer.alloc(4)
  pb.writeInt32LE(p | 0)
  let h = md5(PAD, o.subarray(0, 32), pb, id0, r >= 4 && !encryptMetadata ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : new Uint8Array(0))
  if (r >= 3) for (let i = 0; i < 50; i++) h = md5(h.subarray(0, n))
  const key = h.subarray(0, n)
  if (r === 2) return Buffer.from(rc4(key, PAD)).equals(Buffer.from(u.subarray(0, 32))) ? key : null
  let x = rc4(key, md5(PAD, id0))
  for (let i = 1; i <= 19; i++) x = rc4(key.map((b) => b ^ i), x)
  return Buffer.from(x).equals(Buffer.from(u.subarray(0, 16))) ? key : null
}

function cryptFilterMethod(encrypt: PdfDict, which: 'StmF' | 'StrF', resolve: (v: PdfValue | undefined) => PdfValue | undefined): Method {
  const name = nameOf(resolve(encrypt.get(which))) ?? 'Identity'
  if (name === 'Identity') return 'none'
  const cf = resolve(encrypt.get('CF'))
  const filter = isDict(cf) ? resolve(cf.get(name)) : undefined
  const cfm = isDict(filter) ? nameOf(resolve(filter.get('CFM'))) : undefined
  switch (cfm) {
    case 'V2':
      return 'rc4'
    case 'AESV2':
      return 'aes128'
    case 'AESV3':
      return 'aes256'
    case 'None':
      return 'none'
    default:
      throw new Unsupported(`crypt filter ${cfm ?? '?'}`)
  }
}

/**
 * The decryptor for an encrypted file whose user password is empty. Throws Unsupported when the file
 * needs a password, or uses a security handler other than the standard one.
 */
export function emptyPasswordDecryptor(encrypt: PdfDict, id0: Uint8Array, resolve: (v: PdfValue | undefined) => PdfValue | undefined): Decryptor {
  if (nameOf(resolve(encrypt.get('Filter'))) !== 'Standard') throw new Unsupported('encrypted with a non-standard security handler')
  const v = numberOf(resolve(encrypt.get('V'))) ?? 0
  const r = numberOf(resolve(encrypt.get('R'))) ?? 0
  const o = bytesOf(resolve(encrypt.get('O')), 'O')
  const u = bytesOf(resolve(encrypt.get('U')), 'U')
  const p = numberOf(resolve(encrypt.get('P'))) ?? 0
  const encryptMetadata = resolve(encrypt.get('EncryptMetadata')) !== false

  let key: Uint8Array | null
  let stm: Method
  let str: Method
  if (v === 5) {
    key = aes256Key(r, u, bytesOf(resolve(encrypt.get('UE')), 'UE'))
    stm = cryptFilterMethod(encrypt, 'StmF', resolve)
    str = cryptFilterMethod(encrypt, 'StrF', resolve)
  } else if (v === 1 || v === 2 || v === 4) {
    const bits = v === 1 ? 40 : (numberOf(resolve(encrypt.get('Length'))) ?? 40)
    stm = v === 4 ? cryptFilterMethod(encrypt, 'StmF', resolve) : 'rc4'
    str = v === 4 ? cryptFilterMethod(encrypt, 'StrF', resolve) : 'rc4'
    const n = v === 4 && (stm === 'aes128' || str === 'aes128') ? 16 : Math.max(5, Math.min(16, bits / 8))
    key = rc4EraKey(r, n, o, u, p, id0, encryptMetadata)
  } else throw new Unsupported(`encryption version ${v}`)
  if (!key) throw new Unsupported('encrypted with a user password')
  const fileKey = key

  const objectKey = (num: number, gen: number, aes: boolean): Uint8Array => {
    const extra = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff])
    const h = md5(fileKey, extra, aes ? Buffer.from('sAlT', 'latin1') : new Uint8Array(0))
    return h.subarray(0, Math.min(fileKey.length + 5, 16))
  }
  return {
    decrypt(data, num, gen, kind) {
      const method = kind === 'stream' ? stm : str
      switch (method) {
        case 'none':
          return data
        case 'rc4':
          return rc4(objectKey(num, gen, false), data)
        case 'aes128':
          return aesDecrypt(objectKey(num, gen, true), data)
        case 'aes256':
          return aesDecrypt(fileKey, data)
      }
    },
  }
}
