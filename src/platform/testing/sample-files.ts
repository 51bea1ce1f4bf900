/** Small real files of each kind uploads accept, made here so tests need no fixtures on disk. */

/** A one-page PDF: the header and trailer a reader (and file-type) looks for. */
export const SAMPLE_PDF = new Uint8Array(
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
);

/** A 1×1 white PNG. */
export const SAMPLE_PNG = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'),
);

/** A Word document with one paragraph: a zip holding [Content_Types].xml and word/document.xml. */
export const SAMPLE_DOCX = new Uint8Array(
  Buffer.from(
    'UEsDBBQAAAAIAGeYgV2axphxygAAADoBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbH1QzU7DMAx+lShX1LrjgBBquwODI3AYD2AlbhfR2FGSjfH2uAztwIGj/f3a/fYcF3OiXILwYDdtZw2xEx94Huz7/rm5t9ux338lKkapXAZ7qDU9ABR3oIillUSsyCQ5YtUxz5DQfeBMcNt1d+CEK3Ft6uphx35HEx6Xap7Our7EqtyaxwtvjRosprQEh1VhWFEY+1dtmYMn84a5vmBUFnxK9uDFHaMq2/9tTuz/dG1kmoKjq351S1kclaLnx6W9IhED3/z2gJ9njN9QSwMEFAAAAAgAZ5iBXYGrArmAAAAAqwAAABEAAAB3b3JkL2RvY3VtZW50LnhtbEXOUQ7CIAwG4KssHGBFH3wgjF3CC0zAjWRQUqrM2wvzwZevbf6mqZ6PuA9vTyVgmsRllGI2uiqH9hV94qHFqag6iY05K4BiNx+XMmL2qWVPpLhwG2mFiuQyofWlhLTGHa5S3iAuIYl+8oHu02vuUIfN3R+soXddOs2nv234f2K+UEsBAhQDFAAAAAgAZ5iBXZrGmHHKAAAAOgEAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACABnmIFdgasCuYAAAACrAAAAEQAAAAAAAAAAAAAAgAH7AAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAAqgEAAAAA',
    'base64',
  ),
);

/** An executable's first bytes (a Windows PE header): a kind no upload accepts. */
export const SAMPLE_EXE = new Uint8Array(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.alloc(200, 0x90)]));

/** A multipart/form-data body, as a browser sends a form with files. */
export function multipartBody(
  fields: Record<string, string>,
  files: ReadonlyArray<{ field: string; name: string; bytes: Uint8Array; type?: string }>,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----secretariat${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\n` +
          `Content-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
