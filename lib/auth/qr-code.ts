import "server-only";
import QRCode from "qrcode";

/**
 * A QR code as an SVG image (a data: URL, which the CSP's img-src allows), drawn on the server:
 * the secret it carries never passes through a third-party service or client-side script.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}
