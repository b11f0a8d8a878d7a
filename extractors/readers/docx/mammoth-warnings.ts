/** Mammoth messages about style names: the reader maps structure from tags, so these say nothing. */
const IGNORED_MESSAGE = /^Unrecognised (paragraph|run|table) style/;

export interface MammothMessage {
  type: string;
  message: string;
}

/** Keeps the mammoth messages a user should see (e.g. unsupported elements, broken images). */
export function keptMammothWarnings(messages: readonly MammothMessage[]): string[] {
  return messages.filter((m) => !IGNORED_MESSAGE.test(m.message)).map((m) => `docx ${m.type}: ${m.message}`);
}
