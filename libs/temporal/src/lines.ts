/** Calls `onLine` for each complete line written to `stream`. */
export function forEachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split(/\r?\n/);
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
  });
}
