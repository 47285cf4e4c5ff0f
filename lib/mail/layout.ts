import { escapeMarkup } from "@/lib/markup";
import type { Locale } from "@/lib/vocabulary";

/** A mail's content, already in its recipient's language; rendered as HTML and as plain text. */
export interface MailContent {
  lang: Locale;
  /** The line mail clients show next to the subject. */
  preheader: string;
  heading: string;
  paragraphs: string[];
  /** A list under the text: projects to update, entries of a digest. */
  items?: { text: string; href?: string; meta?: string }[];
  action?: { label: string; href: string };
  footer: {
    /** Why the recipient gets this mail. */
    reason: string;
    links: { label: string; href: string }[];
  };
}

// The app's palette (app/globals.css), inline: mail clients ignore style sheets.
const INK = "#16202c";
const MUTED = "#4e5b6a";
const LINE = "#d7dde4";
const ACCENT = "#1f5c99";
const CANVAS = "#f6f7f9";
const FONT = "'Inter', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

function itemsHtml(items: NonNullable<MailContent["items"]>): string {
  const rows = items.map((item) => {
    const text = item.href
      ? `<a href="${escapeMarkup(item.href)}" style="color:${ACCENT};text-decoration:underline">${escapeMarkup(item.text)}</a>`
      : escapeMarkup(item.text);
    const meta = item.meta
      ? `<div style="color:${MUTED};font-size:13px;margin-top:2px">${escapeMarkup(item.meta)}</div>`
      : "";
    return `<li style="margin:0 0 10px 0">${text}${meta}</li>`;
  });
  return `<ul style="margin:0 0 16px 0;padding-left:20px">${rows.join("")}</ul>`;
}

/** The product's look in a mail: a calm header, the text, one button, and why it was sent. */
export function mailHtml(content: MailContent): string {
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 14px 0">${escapeMarkup(p)}</p>`)
    .join("");
  const action = content.action
    ? `<p style="margin:20px 0"><a href="${escapeMarkup(content.action.href)}" style="display:inline-block;background:${ACCENT};color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600">${escapeMarkup(content.action.label)}</a></p>`
    : "";
  const links = content.footer.links
    .map(
      (link) =>
        `<a href="${escapeMarkup(link.href)}" style="color:${MUTED}">${escapeMarkup(link.label)}</a>`,
    )
    .join(" · ");
  return `<!doctype html>
<html lang="${content.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeMarkup(content.heading)}</title></head>
<body style="margin:0;padding:0;background:${CANVAS};color:${INK};font-family:${FONT};font-size:15px;line-height:1.5">
<div style="display:none;max-height:0;overflow:hidden">${escapeMarkup(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${CANVAS}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid ${LINE};border-radius:8px">
<tr><td style="padding:16px 24px;border-bottom:1px solid ${LINE};font-weight:600;color:${ACCENT}">Workplan</td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px 0;font-size:20px;line-height:1.3">${escapeMarkup(content.heading)}</h1>
${paragraphs}${content.items?.length ? itemsHtml(content.items) : ""}${action}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid ${LINE};color:${MUTED};font-size:13px">
<p style="margin:0 0 8px 0">${escapeMarkup(content.footer.reason)}</p>
<p style="margin:0">${links}</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>`;
}

/** The same mail as plain text, for clients (and people) that prefer it. */
export function mailText(content: MailContent): string {
  const lines = [content.heading, "", ...content.paragraphs.flatMap((p) => [p, ""])];
  for (const item of content.items ?? []) {
    lines.push(`- ${item.text}${item.meta ? ` (${item.meta})` : ""}`);
    if (item.href) lines.push(`  ${item.href}`);
  }
  if (content.items?.length) lines.push("");
  if (content.action) lines.push(`${content.action.label}: ${content.action.href}`, "");
  lines.push("--", content.footer.reason);
  for (const link of content.footer.links) lines.push(`${link.label}: ${link.href}`);
  return `${lines.join("\n")}\n`;
}
