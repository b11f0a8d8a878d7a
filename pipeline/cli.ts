import { defineCommand, runCommand, showUsage, type CommandDef } from 'citty';
import { isDoisoatError } from './errors.js';
import { VERSION } from './version.js';

/** The CLI: parses arguments and lazily loads one command module. Logs on stderr, data on stdout. */
const commands: Record<string, () => Promise<CommandDef<any>>> = {
  ingest: () => import('./commands/ingest.js').then((m) => m.default),
  extract: () => import('./commands/extract.js').then((m) => m.default),
  query: () => import('./commands/query.js').then((m) => m.default),
  check: () => import('./commands/check.js').then((m) => m.default),
  report: () => import('./commands/report.js').then((m) => m.default),
  export: () => import('./commands/export.js').then((m) => m.default),
};

export const main_ = defineCommand({
  meta: { name: 'doisoat', version: VERSION, description: 'Đối soát số liệu: báo cáo (.txt, .docx, .pdf) → DuckDB, và cờ cho số liệu không khớp.' },
  subCommands: commands,
});

export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--version') || argv.includes('-v')) { process.stdout.write(`${VERSION}\n`); return; }
  const sub = argv.find((a) => !a.startsWith('-'));
  if (argv.length === 0 || ((argv.includes('--help') || argv.includes('-h')) && (!sub || !(sub in commands)))) {
    await showUsage(main_);
    return;
  }
  if (!sub || !(sub in commands)) {
    process.stderr.write(`doisoat: lệnh không rõ "${sub ?? ''}". Các lệnh: ${Object.keys(commands).join(', ')}. Xem: doisoat --help\n`);
    process.exitCode = 2;
    return;
  }
  const cmd = await commands[sub]();
  const rest = argv.slice(argv.indexOf(sub) + 1);
  if (rest.includes('--help') || rest.includes('-h')) { await showUsage(cmd, main_); return; }
  try {
    await runCommand(cmd, { rawArgs: rest });
  } catch (e) {
    if (isDoisoatError(e)) {
      process.stderr.write(`doisoat: ${e.message} [${e.code}]\n`);
      process.exitCode = 2;
      return;
    }
    const err = e as Error;
    process.stderr.write(`doisoat: ${err.message}\n`);
    if (process.env.DOISOAT_DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  }
}
