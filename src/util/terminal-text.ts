/** A line of a program's output as text: without the terminal's colour codes (`ESC[31m` …), which are not part of what it says. */
export function withoutColourCodes(line: string): string {
  return line.replace(/\u001b\[[0-9;]*m/g, '');
}
