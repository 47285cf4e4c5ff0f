/** A job that ran out of attempts: what it was for, whom, and why it failed. */
export interface DeadLetter {
  id: number;
  kind: string;
  /** The recipient's address, when the job was a mail to a user. */
  recipient: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  failedAt: string | null;
}
