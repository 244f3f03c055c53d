import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

/** Replaces the section `## name` of bench/RESULTS.md with today's figures. */
export function recordResult(name: string, setting: string, lines: string[]): void {
  const text = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : '# Benchmark results\n\nWritten by the benchmarks in `bench/`; each section is replaced when its benchmark runs.\n';
  const section = `## ${name}\n\n${new Date().toISOString().slice(0, 10)} — ${setting}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
  const pattern = new RegExp(`## ${name}\\n[\\s\\S]*?(?=\\n## |$)`);
  writeFileSync(
    FILE,
    pattern.test(text) ? text.replace(pattern, `${section.trimEnd()}\n`) : `${text.trimEnd()}\n\n${section}`,
  );
}
