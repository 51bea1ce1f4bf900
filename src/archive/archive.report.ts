/** An import's report as lines of text, in a language: what the command line prints. */
import './archive.messages.ts';
import { type Lang, t } from '../platform/i18n/i18n.ts';
import type { ArchiveReport, Reason } from './archive.service.ts';

export function reasonText(lang: Lang, reason: Reason): string {
  return t(lang, `archive.reason.${reason.code}`, { detail: reason.detail ?? '' });
}

/** One line a file and an indented line for each thing to know of it; refusals marked for standard error. */
export function reportLines(lang: Lang, report: ArchiveReport): Array<{ text: string; error: boolean }> {
  const lines: Array<{ text: string; error: boolean }> = [];
  for (const f of report.files) {
    const what = [f.title ? `"${f.title}"` : '', f.date ?? '', f.place ?? '', f.addresses.join(' ')]
      .filter(Boolean)
      .join(' · ');
    const reason = f.reason ? `: ${reasonText(lang, f.reason)}` : '';
    lines.push({
      text: `${t(lang, `archive.status.${f.status}`)}: ${f.file}${what ? ` — ${what}` : ''}${reason}`,
      error: f.status === 'refused',
    });
    if (f.status !== 'refused' && f.missing.length)
      lines.push({
        text: `  ${t(lang, 'archive.col.missing')}: ${f.missing.map((m) => t(lang, `archive.found.${m}`)).join(', ')}`,
        error: false,
      });
    for (const p of f.people)
      lines.push({ text: `  ${p.name}${p.post ? ` (${t(lang, `post.${p.post}`)})` : ''}`, error: false });
    for (const flag of f.flags) lines.push({ text: `  ⚑ ${flag.kind}`, error: false });
  }
  const { summary } = report;
  lines.push({
    text: t(lang, report.dryRun || !report.ok ? 'archive.summary' : 'archive.summaryDone', summary),
    error: false,
  });
  if (report.dryRun && report.ok) lines.push({ text: t(lang, 'archive.dryRunDone'), error: false });
  if (!report.ok) lines.push({ text: t(lang, 'archive.nothingWritten'), error: true });
  return lines;
}
