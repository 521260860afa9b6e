/**
 * Disk faults for export tests, through atomic-output's one seam (`outputStreams.open`). The partial file
 * is created for real (so its removal is checked); `full` then writes to /dev/full, where the kernel
 * answers every write with ENOSPC, as a full disk does; `stall` accepts bytes and never finishes writing
 * them, as a hung network share does. Loaded in-process by tests, or with `node --import` into a CLI
 * child (ANNALIST_TEST_OUTPUT=full|stall), so the CLI meets the same fault.
 */
import { closeSync, createWriteStream, openSync, type WriteStream } from 'node:fs'
import { outputStreams } from '../../src/main/export/atomic-output'

const original = outputStreams.open

export function failWrites(): void {
  outputStreams.open = (path: string): WriteStream => {
    closeSync(openSync(path, 'wx'))
    return createWriteStream('/dev/full', { flags: 'w' })
  }
}

export function stallWrites(): void {
  outputStreams.open = (path: string): WriteStream => {
    const s = createWriteStream(path, { flags: 'wx' })
    // the callbacks are never called: every write stays pending, the buffer fills, 'drain' never comes
    return Object.assign(s, { _write: () => undefined, _writev: () => undefined })
  }
}

export function restoreWrites(): void {
  outputStreams.open = original
}

if (process.env.ANNALIST_TEST_OUTPUT === 'full') failWrites()
if (process.env.ANNALIST_TEST_OUTPUT === 'stall') {
  stallWrites()
  setInterval(() => undefined, 1000) // a hung write holds no handle: keep the process alive, as a real hang does
}
