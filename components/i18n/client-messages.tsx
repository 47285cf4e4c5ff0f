import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Namespace = keyof Awaited<ReturnType<typeof getMessages>>;

/** What every form needs (components/forms): error messages and the form kit's own words. */
const ALWAYS: Namespace[] = ["errors", "forms"];

/**
 * Sends client components only the message namespaces they use: every page would otherwise
 * carry the whole catalogue (15–25 kB) in its payload.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    [...new Set([...ALWAYS, ...namespaces])].map((ns) => [ns, messages[ns]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
