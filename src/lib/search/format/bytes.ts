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
    for (let i = 0; i < 4; i++) this.buffer[this.length++] = (value >>> (8 * i)) & 0xff;
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
  readonly data: Uint8Array;
  offset: number;
  constructor(data: Uint8Array, offset = 0) {
    this.data = data;
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

  /** Little-endian; read byte by byte, since it runs once per record of a national merge. */
  u32(): number {
    const d = this.data;
    const at = this.offset;
    if (at + 4 > d.length) throw new Error('search index: truncated record');
    this.offset += 4;
    return (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16)) + d[at + 3]! * 0x1000000;
  }

  bytes(length: number): Uint8Array {
    const out = this.data.subarray(this.offset, this.offset + length);
    if (out.length !== length) throw new Error('search index: truncated record');
    this.offset += length;
    return out;
  }
}
