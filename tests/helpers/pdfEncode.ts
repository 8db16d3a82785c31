// Encoders for the PDF filters pdf.js decodes (PDF 32000-1 §7.4), for building test streams:
// round trips check parse/pdfFilters.ts, and pdf.js reading the same bytes checks these encoders.

/** LZWDecode data (EarlyChange 1, no clear code: the dictionary stays full once it is, as a bomb wants). */
export function lzwEncode(input: Uint8Array): Buffer {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let emitted = 0;
  const width = () => {
    if (emitted === 0) return 9;
    // The decoder adds its entries one code behind the encoder and widens at nextCode + 1 = 2^n.
    const decoderNext = 258 + emitted - 1;
    return Math.min(12, Math.floor(Math.log2(decoderNext + 1)) + 1);
  };
  const put = (code: number) => {
    const w = width();
    acc = (acc << w) | code;
    bits += w;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
    emitted += 1;
  };
  const dict = new Map<number, number>();
  let next = 258;
  let w = -1;
  for (const c of input) {
    if (w < 0) {
      w = c;
      continue;
    }
    const key = w * 256 + c;
    const known = dict.get(key);
    if (known !== undefined) {
      w = known;
      continue;
    }
    put(w);
    if (next < 4096) dict.set(key, next++);
    w = c;
  }
  if (w >= 0) put(w);
  put(257);
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(out);
}

export function ascii85Encode(input: Uint8Array): Buffer {
  let out = '';
  for (let i = 0; i < input.length; i += 4) {
    const group = input.subarray(i, i + 4);
    let value = 0;
    for (let j = 0; j < 4; j++) value = value * 256 + (group[j] ?? 0);
    if (group.length === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const chars: string[] = [];
    for (let j = 0; j < 5; j++) {
      chars.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += chars.slice(0, group.length + 1).join('');
  }
  return Buffer.from(`${out}~>`, 'latin1');
}

export function asciiHexEncode(input: Uint8Array): Buffer {
  return Buffer.from(`${Buffer.from(input).toString('hex')}>`, 'latin1');
}

/** RunLengthDecode data: runs of 2..128 equal bytes as one, the rest as literals of up to 128. */
export function runLengthEncode(input: Uint8Array): Buffer {
  const out: number[] = [];
  let i = 0;
  while (i < input.length) {
    let run = 1;
    while (i + run < input.length && input[i + run] === input[i] && run < 128) run++;
    if (run >= 2) {
      out.push(257 - run, input[i]!);
      i += run;
      continue;
    }
    const start = i;
    while (i < input.length && i - start < 128 && !(input[i + 1] === input[i] && i + 1 < input.length)) i++;
    if (i === start) i++;
    out.push(i - start - 1, ...input.subarray(start, i));
  }
  out.push(128);
  return Buffer.from(out);
}
