import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return (
    <section
      className={cn("rounded-lg border border-line bg-surface p-5 shadow-xs", className)}
      {...props}
    />
  );
}

/** A section named by its h2 (`id` links the two; `className` is the section's look). */
export function TitledSection({
  id,
  title,
  className,
  titleClassName = "text-base font-semibold",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  titleClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
