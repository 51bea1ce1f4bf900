/**
 * PDF from a Typst template and JSON data (see docs/decisions/007). One
 * compiler serves the whole process: creating it takes a tenth of a second or
 * more, compiling a document with it takes milliseconds. The template reads
 * its data as `json(bytes(sys.inputs.data))`.
 */
import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

let compiler: NodeCompiler | undefined;
/** Where the template's paths (`/pictures/1.png`) are rooted; nothing is read from there, files are mapped in. */
const ROOT = '/secretariat-typst';

/** `files`: pictures and the like the template refers to by path (`/img/1.png`), given as bytes. */
export function typstDocument(template: URL): (data: unknown, files?: ReadonlyMap<string, Buffer>) => Buffer {
  const source = readFileSync(template, 'utf8');
  return (data, files = new Map()) => {
    // System fonts are found without being named (Noto from fonts-noto-core for Cyrillic); Typst's own are the fallback.
    compiler ??= NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontPaths: [] }] });
    for (const [path, bytes] of files) compiler.mapShadow(`${ROOT}${path}`, bytes);
    try {
      const result = compiler.compile({ mainFileContent: source, inputs: { data: JSON.stringify(data) } });
      if (result.hasError() || !result.result) {
        const problems = result.takeDiagnostics()?.shortDiagnostics?.map((d: { message: string }) => d.message).join('; ');
        throw new Error(`${template.pathname.split('/').pop()} could not be laid out: ${problems ?? 'unknown Typst error'}`);
      }
      return compiler.pdf(result.result);
    } finally {
      for (const path of files.keys()) compiler.unmapShadow(`${ROOT}${path}`);
    }
  };
}
