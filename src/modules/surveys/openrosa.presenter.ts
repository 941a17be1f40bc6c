/** OpenRosa documents: form list, manifest and responses, as ODK Central writes them. */
const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** OpenRosa form list (xformsList), as ODK Central writes it. */
export function formListXml(base: string, forms: { xmlFormId: string; title: string; version: string; md5: string; hasManifest: boolean }[]): string {
  const items = forms.map((f) => {
    const url = `${base}/forms/${encodeURIComponent(f.xmlFormId)}`;
    return [
      '  <xform>',
      `    <formID>${x(f.xmlFormId)}</formID>`,
      `    <name>${x(f.title)}</name>`,
      `    <version>${x(f.version)}</version>`,
      `    <hash>md5:${f.md5}</hash>`,
      `    <downloadUrl>${x(url)}.xml</downloadUrl>`,
      f.hasManifest ? `    <manifestUrl>${x(url)}/manifest</manifestUrl>` : '',
      '  </xform>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xforms xmlns="http://openrosa.org/xforms/xformsList">\n${items.join('\n')}\n</xforms>\n`;
}

/** OpenRosa manifest of a form's media files; the households list is marked as an entity list. */
export function manifestXml(base: string, xmlFormId: string, files: { name: string; md5: string; entityList?: boolean }[]): string {
  const items = files.map((f) =>
    [
      `  <mediaFile${f.entityList ? ' type="entityList"' : ''}>`,
      `    <filename>${x(f.name)}</filename>`,
      `    <hash>md5:${f.md5}</hash>`,
      `    <downloadUrl>${x(`${base}/forms/${encodeURIComponent(xmlFormId)}/attachments/${encodeURIComponent(f.name)}`)}</downloadUrl>`,
      '  </mediaFile>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://openrosa.org/xforms/xformsManifest">\n${items.join('\n')}\n</manifest>\n`;
}

/** OpenRosa response with a message. */
export function openRosaMessage(message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<OpenRosaResponse xmlns="http://openrosa.org/http/response" items="0">\n  <message nature="">${x(message)}</message>\n</OpenRosaResponse>\n`;
}
