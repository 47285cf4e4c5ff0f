export interface MailboxEntry {
  id: string;
  recipient: string;
  subject: string;
  createdAt: string;
}

export interface MailboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailboxMessage extends MailboxEntry {
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: MailboxAttachment[];
}
