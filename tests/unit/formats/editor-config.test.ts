import { describe, expect, it } from 'vitest';
import { EDITOR_LABELS, editorBackendFrom, editorConfig, schemaFieldPaths, type CollectionName, type EditorField } from '../../../src/formats/editor-config.ts';
import { POINT_KINDS } from '../../../src/schemas/point.ts';
import { story } from '../../../src/schemas/story.ts';

const LOCAL = editorBackendFrom({});
const config = editorConfig(LOCAL, 'https://ocop.example.vn');
const collection = (name: CollectionName) => config.collections.find((c) => c.name === name)!;
const field = (fields: EditorField[], path: string): EditorField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head)!;
  return rest.length ? field(found.fields!, rest.join('.')) : found;
};

describe('the editor follows the schemas', () => {
  it.each(['stories', 'events', 'points'] as const)('%s: a label for every field of the schema, and for nothing else', (name) => {
    const labelled = Object.keys(EDITOR_LABELS[name]).filter((path) => !(name === 'stories' && path === 'body'));
    expect(labelled.sort()).toEqual(schemaFieldPaths(name).sort());
  });

  it('a field is required exactly when the schema requires it, and dates, choices and lists take the schema’s shape', () => {
    const fields = collection('stories').fields as EditorField[];
    expect(fields.map((f) => f.name)).toEqual([...Object.keys(story.shape), 'body']);
    expect(field(fields, 'title').required).toBeUndefined(); // Decap's default: required
    expect(field(fields, 'author').required).toBe(false);
    expect(field(fields, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(fields, 'lang')).toMatchObject({ widget: 'select', default: 'vi' });
    expect(field(fields, 'products')).toMatchObject({ widget: 'list', min: 1 });
    expect(field(fields, 'body').widget).toBe('markdown');

    const points = collection('points').fields as EditorField[];
    expect(field(points, 'kind').options!.map((o) => o.value)).toEqual([...POINT_KINDS]);
    expect(field(points, 'address.provinceCode')).toMatchObject({ widget: 'string', pattern: ['^\\d{2}$', expect.any(String)] });
    expect(field(points, 'location').required).toBe(false);
    expect(field(points, 'location.lat').widget).toBe('number');
    expect(field(points, 'website').pattern?.[0]).toBe('^https?://');
    const events = collection('events').fields as EditorField[];
    expect(field(events, 'title.en').label).toBe('Tên (tiếng Anh)');
  });

  it("a story's photo is uploaded with the image widget into the folder the photo step encodes, and needs its description", () => {
    const fields = collection('stories').fields as EditorField[];
    expect(field(fields, 'photo')).toMatchObject({ widget: 'image', required: false });
    expect(field(fields, 'photoAlt')).toMatchObject({ widget: 'string', required: false });
    expect(config).toMatchObject({ media_folder: 'content/stories/images', public_folder: 'images' });
    const written = { title: 'T', producer: 'p', products: ['a'], summary: 's', published: '2026-11-20' };
    // What the widget writes: the public folder and the file name.
    expect(story.parse({ ...written, photo: 'images/dan-ong.jpg', photoAlt: 'Thùng ong dưới tán rừng' }).photo).toBe('images/dan-ong.jpg');
    expect(story.safeParse({ ...written, photo: 'images/dan-ong.jpg' }).success).toBe(false);
    expect(story.safeParse({ ...written, photo: '../../etc/passwd.jpg', photoAlt: 'x' }).success).toBe(false);
    expect(story.safeParse({ ...written, photo: 'https://example.com/a.jpg', photoAlt: 'x' }).success).toBe(false);
  });

  it('stories are Markdown with front matter, fairs and points JSON, each in its content folder', () => {
    expect(collection('stories')).toMatchObject({ folder: 'content/stories', extension: 'md', format: 'frontmatter' });
    expect(collection('events')).toMatchObject({ folder: 'content/events', extension: 'json', format: 'json' });
    expect(collection('points')).toMatchObject({ folder: 'content/points', extension: 'json', format: 'json' });
  });

  it('reads a story the way the editor writes it: an unquoted date in the front matter', () => {
    const written = { title: 'T', producer: 'p', products: ['a'], summary: 's', published: new Date('2026-11-20T00:00:00Z') };
    expect(story.parse(written).published).toBe('2026-11-20');
  });
});

describe('the editor’s git host', () => {
  it('without one, only the local backend works', () => {
    expect(config.backend).toEqual({ name: 'git-gateway' });
    expect(config.local_backend.allowed_hosts).toContain('localhost');
  });
  it('a province’s own Gitea or GitLab is named with its address and sign-in application', () => {
    const gitea = editorConfig(
      editorBackendFrom({
        OCOP_EDITOR_BACKEND: 'gitea',
        OCOP_EDITOR_REPO: 'so-nn/ocop-site',
        OCOP_EDITOR_BASE_URL: 'https://git.so-nn.gov.vn',
        OCOP_EDITOR_APP_ID: 'abc',
      }),
      'https://ocop.example.vn',
    );
    expect(gitea.backend).toMatchObject({ name: 'gitea', repo: 'so-nn/ocop-site', branch: 'main', base_url: 'https://git.so-nn.gov.vn', app_id: 'abc' });
  });
  it('refuses a host it does not know, or one without a repository', () => {
    expect(() => editorBackendFrom({ OCOP_EDITOR_BACKEND: 'bitbucket', OCOP_EDITOR_REPO: 'a/b' })).toThrow(/github, gitlab or gitea/);
    expect(() => editorBackendFrom({ OCOP_EDITOR_BACKEND: 'github' })).toThrow(/OCOP_EDITOR_REPO/);
  });
});
