/**
 * The few bucket operations a deploy needs, and their S3 implementation with
 * the AWS SDK. The SDK speaks to AWS S3 and to the S3-compatible services
 * (Cloudflare R2, MinIO, the S3 services of Vietnamese clouds) alike; only the
 * endpoint and the addressing style differ, and both come from the environment.
 */
import { readFile } from 'node:fs/promises';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export interface StoredObject {
  key: string;
  /** The MD5 of the content, hex, when the store can tell (a single-part upload's ETag); null otherwise. */
  md5: string | null;
}

export interface PutHeaders {
  contentType: string;
  cacheControl: string;
}

export interface ObjectStore {
  /** Every object whose key starts with `prefix`. */
  list(prefix: string): Promise<StoredObject[]>;
  putFile(key: string, file: string, headers: PutHeaders): Promise<void>;
  putText(key: string, text: string, headers: PutHeaders): Promise<void>;
  /** The object's text, or null when there is none. */
  getText(key: string): Promise<string | null>;
  deleteMany(keys: readonly string[]): Promise<void>;
}

/** How to reach the bucket: `OCOP_S3_ENDPOINT` for a service other than AWS, `AWS_REGION`, and the SDK's usual credentials. */
export function s3ClientFrom(env: Record<string, string | undefined> = process.env): S3Client {
  const endpoint = env.OCOP_S3_ENDPOINT?.trim() || undefined;
  return new S3Client({
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    // Keys in the environment given win; without them the SDK's usual chain (profile, instance role) applies.
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
    // MinIO and most self-hosted services answer only path-style URLs (endpoint/bucket/key).
    forcePathStyle: env.OCOP_S3_PATH_STYLE ? env.OCOP_S3_PATH_STYLE !== '0' : endpoint !== undefined,
    // Newer SDKs add CRC32 checksums to every upload, which several S3-compatible
    // services refuse; send them only where the API requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** An ETag is the content's MD5 only for a single-part upload without server-side encryption by KMS: 32 hex digits. */
function md5OfEtag(etag: string | undefined): string | null {
  const bare = etag?.replaceAll('"', '').toLowerCase() ?? '';
  return /^[0-9a-f]{32}$/.test(bare) ? bare : null;
}

/** S3's DeleteObjects takes at most 1,000 keys. */
const DELETE_BATCH = 1000;

export function s3ObjectStore(client: S3Client, bucket: string): ObjectStore {
  return {
    async list(prefix) {
      const objects: StoredObject[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const item of page.Contents ?? []) if (item.Key) objects.push({ key: item.Key, md5: md5OfEtag(item.ETag) });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return objects;
    },
    async putFile(key, file, headers) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile(file), ContentType: headers.contentType, CacheControl: headers.cacheControl }),
      );
    },
    async putText(key, text, headers) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: text, ContentType: headers.contentType, CacheControl: headers.cacheControl }));
    },
    async getText(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return (await answer.Body?.transformToString('utf-8')) ?? null;
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async deleteMany(keys) {
      for (let start = 0; start < keys.length; start += DELETE_BATCH) {
        const batch = keys.slice(start, start + DELETE_BATCH).map((Key) => ({ Key }));
        const answer = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch, Quiet: true } }));
        const failed = answer.Errors ?? [];
        if (failed.length) throw new Error(`the bucket refused to delete ${failed.length} objects, e.g. ${failed[0]?.Key}: ${failed[0]?.Message}`);
      }
    },
  };
}
