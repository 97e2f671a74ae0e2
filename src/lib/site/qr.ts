import QRCode from 'qrcode';

/** A QR code of a URL as inline SVG, made at build time: no network, no script. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // The SVG is decorative inside a labelled wrapper: hide it from assistive technology.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
