import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { templatePaths } from '../support/examples.ts';
import path from 'node:path';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const paths = templatePaths(inject('contentDir'), inject('asOf'));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a closing slash and attributes as they come.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Long Vietnamese product names make long titles; search engines cut them themselves.
    'long-title': 'off',
    // Astro's hydration islands (search, map pages) are custom elements.
    'no-unknown-elements': 'off',
  },
});

describe('HTML validity', () => {
  it.each(paths)('%s is valid HTML', async (urlPath) => {
    const file = path.join(distDir, urlPath, 'index.html');
    const report = await validator.validateString(read(file), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
    expect(messages).toEqual([]);
  });
});
