/**
 * A worker thread of the PDF pool (pdf.ts): Typst lays out synchronously, so
 * it does so here, off the thread that answers requests. Each worker keeps one
 * compiler: creating it takes a tenth of a second or more, compiling a
 * document with it takes milliseconds.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** What the main thread sends: the template's text, its data as JSON, and the files it refers to by path, as bytes. */
export type RenderTask = Readonly<{
  name: string;
  source: string;
  data: string;
  files: ReadonlyMap<string, Uint8Array>;
}>;

let compiler: NodeCompiler | undefined;
/** Where the template's paths (`/pictures/1.png`) are rooted; nothing is read from there, files are mapped in. */
const ROOT = '/secretariat-typst';

export default function render({ name, source, data, files }: RenderTask): Uint8Array {
  // System fonts are found without being named (Noto from fonts-noto-core for Cyrillic); Typst's own are the fallback.
  compiler ??= NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontPaths: [] }] });
  // Bytes arrive from the main thread as plain Uint8Arrays; the compiler takes Buffers.
  for (const [path, bytes] of files)
    compiler.mapShadow(`${ROOT}${path}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const result = compiler.compile({ mainFileContent: source, inputs: { data } });
    if (result.hasError() || !result.result) {
      const problems = result
        .takeDiagnostics()
        ?.shortDiagnostics?.map((d: { message: string }) => d.message)
        .join('; ');
      throw new Error(`${name} could not be laid out: ${problems ?? 'unknown Typst error'}`);
    }
    return compiler.pdf(result.result);
  } finally {
    for (const path of files.keys()) compiler.unmapShadow(`${ROOT}${path}`);
  }
}
