import { clsx } from "clsx";
import type { ComponentProps } from "react";

/** Looks of buttons and button-like links: classes .btn-* in app/globals.css. */
const VARIANTS = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  ghost: "btn-ghost",
  danger: "btn-danger",
} as const;

const SIZES = { sm: "btn-sm", md: "btn-md" } as const;

export type ButtonProps = ComponentProps<"button"> & {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
};

export function buttonClasses(
  variant: keyof typeof VARIANTS = "primary",
  size: keyof typeof SIZES = "md",
) {
  return `btn ${VARIANTS[variant]} ${SIZES[size]}`;
}

export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return (
    <button type={type} className={clsx(buttonClasses(variant, size), className)} {...props} />
  );
}
