/**
 * The endpoint as it may be shown to people: scheme, host, port and path only — user info,
 * query and fragment can hold credentials.
 * @param baseURL the configured base URL, undefined for the OpenAI default
 */
export function describeEndpoint(baseURL: string | undefined): string {
  const raw = baseURL ?? 'https://api.openai.com/v1';
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`;
  } catch {
    return '(invalid base URL)';
  }
}

/**
 * Remove every occurrence of a secret from a text that may reach a log, an error, an output or a
 * cache file. Remote servers can echo what they were sent, so anything they return goes through this.
 * @param text any text
 * @param secret the API key (nothing happens when it is missing or too short to be a secret)
 */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('[redacted]');
}
