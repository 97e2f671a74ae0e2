/**
 * Unsigned LEB128 varints: the index is mostly small gaps between document numbers and
 * positions, which take one byte each this way. Shared by the builder (Node) and the search
 * page (browser), so both read and write exactly the same format.
 */

export class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buffer = new Uint8Array(capacity);
  }

  /** Empties the writer, keeping its buffer for reuse. */
  reset(): this {
    this.length = 0;
    return this;
  }

  /** What was written, without copying (valid until the next write or reset). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  varint(value: number): this {
    this.room(8);
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
    return this;
  }

  u32(value: number): this {
    this.room(4);
    new DataView(this.buffer.buffer).setUint32(this.length, value, true);
    this.length += 4;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.room(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** A copy of what was written. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  offset: number;
  constructor(
    readonly data: Uint8Array,
    offset = 0,
  ) {
    this.offset = offset;
  }

  get done(): boolean {
    return this.offset >= this.data.length;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.data[this.offset++];
      if (byte === undefined) throw new Error('search index: truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  u32(): number {
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    const value = view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  bytes(length: number): Uint8Array {
    const out = this.data.subarray(this.offset, this.offset + length);
    if (out.length !== length) throw new Error('search index: truncated record');
    this.offset += length;
    return out;
  }
}
