/** Where a deploy goes: `s3://bucket/prefix`, the prefix empty for a bucket's root. */
export interface BucketTarget {
  bucket: string;
  /** '' or a path ending in '/', e.g. `ocop/` */
  prefix: string;
}

/** Bucket names as S3 and its compatible services accept them (3–63 characters, lower case, digits, dots, hyphens). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function parseBucketTarget(text: string): BucketTarget {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(text.trim());
  if (!match) throw new Error(`--target must look like s3://bucket or s3://bucket/prefix, not "${text}"`);
  const bucket = match[1]!;
  if (!BUCKET_NAME.test(bucket)) throw new Error(`"${bucket}" is not a bucket name: 3 to 63 lower-case letters, digits, dots or hyphens`);
  const parts = (match[2] ?? '').split('/').filter(Boolean);
  if (parts.some((part) => part === '.' || part === '..')) throw new Error(`the prefix of "${text}" may not hold . or .. segments`);
  return { bucket, prefix: parts.length ? `${parts.join('/')}/` : '' };
}

export function describeTarget(target: BucketTarget): string {
  return `s3://${target.bucket}/${target.prefix}`;
}
