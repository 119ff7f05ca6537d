/**
 * A real S3 API on loopback for the deploy tests: s3rver, which keeps its
 * objects in a temporary folder and answers the AWS SDK as S3 does (ETags are
 * MD5s, Content-Type and Cache-Control are stored and served).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { s3ClientFrom } from '../../src/publish/deploy/object-store.ts';

export interface S3Server {
  /** What the deploy reads from the environment to reach this server. */
  env: Record<string, string>;
  client: S3Client;
  /** http://127.0.0.1:PORT/BUCKET/KEY answers GETs as a public bucket would. */
  objectUrl: (bucket: string, key: string) => string;
  head: (bucket: string, key: string) => Promise<{ contentType?: string | undefined; cacheControl?: string | undefined } | null>;
  close: () => Promise<void>;
}

export async function startS3Server(buckets: string[]): Promise<S3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), 'ocop-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  const env = {
    OCOP_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    AWS_REGION: 'us-east-1',
    // s3rver's fixed credentials.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  };
  const client = s3ClientFrom(env);
  for (const bucket of buckets) await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    env,
    client,
    objectUrl: (bucket, key) => `${env.OCOP_S3_ENDPOINT}/${bucket}/${key}`,
    head: async (bucket, key) => {
      try {
        const answer = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { contentType: answer.ContentType, cacheControl: answer.CacheControl };
      } catch {
        return null;
      }
    },
    close: async () => {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
