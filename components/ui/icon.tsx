import { clsx } from "clsx";
import { type IconName, SPRITE } from "./icon-sprite";

/**
 * A lucide icon from the sprite public/icons.svg (scripts/icon-sprite.mjs): a short reference
 * instead of the icon's paths, for icons that repeat down a page. Decorative: the meaning is
 * always also written next to it.
 */
export function Icon({
  name,
  className,
  color,
}: {
  name: IconName;
  className?: string;
  color?: string;
}) {
  return (
    <svg aria-hidden="true" className={clsx("i", className)} style={color ? { color } : undefined}>
      <use href={`${SPRITE}#${name}`} />
    </svg>
  );
}
