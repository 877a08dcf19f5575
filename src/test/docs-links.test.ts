/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The repository's root: this file is src/test/docs-links.test.ts. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** README.md and every Markdown file in docs/, as paths from the root. */
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The text without fenced code blocks, which may show link syntax that is not a link. */
const withoutFences = (markdown: string): string =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');

/** Every link and image target: inline, reference definitions and HTML src/href. */
function linkTargets(markdown: string): string[] {
  // Code spans go first: `[x](y)` in code is not a link, and link text may be code.
  const text = withoutFences(markdown).replace(/`[^`]*`/g, '');
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const definitions = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm)];
  const html = [...text.matchAll(/\b(?:src|href)="([^"]+)"/g)];
  return [...inline, ...definitions, ...html].map((match) => match[1]!);
}

const isExternal = (target: string): boolean => /^(https?:|mailto:)/i.test(target);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** The anchors of a Markdown file's headings, numbered as GitHub numbers repeats ("x", "x-1"). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of withoutFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(match[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** What is wrong with one link in `from`, or null when it resolves inside the repository. */
function brokenLink(from: string, target: string): string | null {
  const [pathPart = '', anchor] = target.split('#', 2);
  const path = decodeURIComponent(pathPart);
  const resolved = path === '' ? join(ROOT, from) : resolve(ROOT, dirname(from), path);
  const inRepo = relative(ROOT, resolved);
  if (inRepo.startsWith('..') || inRepo === '') return `${target} points outside the repository`;
  if (!existsSync(resolved)) return `${target}: ${inRepo} does not exist`;
  if (anchor && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor))
    return `${target}: ${inRepo} has no heading #${anchor}`;
  return null;
}

/**
 * Links whose text is a code identifier and whose target is a TypeScript file, such as
 * [`countParameters`](../src/domain/parameters.ts): the file must export that name.
 */
function missingExports(from: string, markdown: string): string[] {
  const problems: string[] = [];
  const links = withoutFences(markdown).matchAll(
    /\[`([A-Za-z_$][\w$]*)(?:\([^`]*\))?`\]\(([^)#\s]+\.tsx?)\)/g,
  );
  for (const [, name, path] of links) {
    const file = resolve(ROOT, dirname(from), path!);
    if (!existsSync(file)) continue; // reported by the link check
    const source = readFileSync(file, 'utf8');
    const declaration = new RegExp(
      `export\\s+(?:async\\s+)?(?:function|const|let|class|interface|type|enum)\\s+${name}\\b`,
    );
    if (!declaration.test(source)) problems.push(`${name} is not exported by ${path}`);
  }
  return problems;
}

/** Text files of the repository, outside dependencies, build output and git's own files. */
function repositoryTextFiles(dir = ROOT): string[] {
  const skipped = new Set(['node_modules', '.git', 'dist', 'playwright-report', 'test-results']);
  const text = /\.(md|ts|tsx|js|mjs|cjs|json|html|css|ya?ml)$|^\.ci\/run$/;
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...repositoryTextFiles(path));
    else if (text.test(relative(ROOT, path).split(sep).join('/'))) files.push(path);
  }
  return files;
}

describe('the README and docs/', () => {
  it('have the documents the README lists', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['README.md', 'docs/method.md']));
  });

  it.each(DOCS)('%s links only to files and headings inside the repository', (file) => {
    const broken = linkTargets(read(file))
      .filter((target) => !isExternal(target))
      .map((target) => brokenLink(file, target))
      .filter((problem) => problem !== null);
    expect(broken).toEqual([]);
  });

  it.each(DOCS)('%s names only functions its linked files export', (file) => {
    expect(missingExports(file, read(file))).toEqual([]);
  });

  it('no file in the repository points at material a clone does not have', () => {
    // Built from parts, so that this file does not match itself.
    const outside = [['..', 'shared'].join('/'), ['shared', 'reference'].join('/')];
    const mentions = repositoryTextFiles().flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return outside
        .filter((needle) => text.includes(needle))
        .map((needle) => `${relative(ROOT, path)} mentions ${needle}`);
    });
    expect(mentions).toEqual([]);
  });
});
