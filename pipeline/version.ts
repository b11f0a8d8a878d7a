import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

function findVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'doisoat' && pkg.version) return pkg.version;
    } catch { /* keep looking upwards */ }
    dir = dirname(dir);
  }
  return '0.0.0';
}

export const VERSION = findVersion();
