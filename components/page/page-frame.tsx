import type { ComponentProps, ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { PageHeader, type PageHeaderProps } from "@/components/ui/page-header";
import type { Viewer } from "@/lib/auth/types";

/** The message namespaces a page hands its client components (components/i18n). */
export type MessageNamespaces = ComponentProps<typeof ClientMessages>["namespaces"];

/**
 * The frame most pages share: a column (`className`: its width and spacing) that starts with the
 * page's header (components/ui/page-header.tsx) and holds the page's own parts. With `messages`,
 * wrapped in the namespaces its client components need; with `viewer`, in the application's
 * shell (the pages outside a group and outside the administration draw it themselves).
 */
export function PageFrame({
  className,
  header,
  messages,
  viewer,
  children,
}: {
  className: string;
  header: PageHeaderProps;
  messages?: MessageNamespaces;
  viewer?: Viewer;
  children?: ReactNode;
}) {
  const column = (
    <div className={className}>
      <PageHeader {...header} />
      {children}
    </div>
  );
  const page = messages ? <ClientMessages namespaces={messages}>{column}</ClientMessages> : column;
  return viewer ? <AppShell viewer={viewer}>{page}</AppShell> : page;
}
