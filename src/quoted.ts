// Where the agent's own words end: quoted reply history and the signature block. Everything
// from the first such line on is somebody else's text (or boilerplate) and is never linted.
// Line tests are plain string checks, so they stay linear on any input.

const HISTORY_SEPARATORS = [
  /^-{2,}\s*(original message|mensaje original|mesaj original|forwarded message|mensaje reenviado|mesaj redirecționat|mesaj redirectionat)\s*-{2,}$/i,
  /^_{10,}$/,
];

/** "On Mon, 3 Jun 2024, Ana wrote:", "El lun, 3 jun 2024, Ana escribió:", "În lun., ... a scris:". */
const HISTORY_OPENERS: Array<{ starts: RegExp; ends: RegExp }> = [
  { starts: /^on\s/i, ends: /\bwrote:?$/i },
  { starts: /^el\s/i, ends: /escribi[oó]:?$/i },
  { starts: /^(în|in|pe)\s/i, ends: /\ba scris:?$/i },
];

/** Outlook-style header blocks: "From: …" followed by "Sent: …" / "Date: …". */
const HEADER_FROM = /^(from|de|de la|von):\s/i;
const HEADER_NEXT = /^(sent|date|to|enviado|fecha|para|trimis|data|către|catre|către):\s/i;

export interface LineInfo {
  start: number;
  /** Offset of the line break (or end of text). */
  end: number;
}

export function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ start, end: i });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

function isHistoryOpener(line: string, next: string | undefined): boolean {
  if (line.length > 400) return false;
  for (const { starts, ends } of HISTORY_OPENERS) {
    if (!starts.test(line)) continue;
    if (ends.test(line)) return true;
    // Mail clients wrap a long "On …, Name <address> wrote:" over two lines.
    if (next !== undefined && next.length <= 200 && ends.test(next)) return true;
  }
  return false;
}

/**
 * Offset at which the agent's own text ends (the text's length when nothing follows).
 * Signature: a line that is exactly "-- " (or "--"), the e-mail convention.
 */
export function ownTextEnd(text: string, lines: LineInfo[] = splitLines(text)): number {
  for (let i = 0; i < lines.length; i++) {
    const info = lines[i]!;
    const raw = text.slice(info.start, info.end);
    const line = raw.trim();
    if (line === '') continue;
    if (raw.trimEnd() === '--' || raw === '-- ') return info.start;
    if (HISTORY_SEPARATORS.some((re) => re.test(line))) return info.start;
    const nextInfo = lines[i + 1];
    const next = nextInfo ? text.slice(nextInfo.start, nextInfo.end).trim() : undefined;
    if (isHistoryOpener(line, next)) return info.start;
    if (HEADER_FROM.test(line) && next !== undefined && HEADER_NEXT.test(next)) return info.start;
  }
  return text.length;
}
