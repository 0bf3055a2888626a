import { loadConfig } from './app-config.js';
import { InvalidEnvironmentError, validateEnvironment } from './environment.js';

function problemsOf(raw: Record<string, string>): string[] {
  try {
    validateEnvironment(raw);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  return [];
}

describe('the media store settings', () => {
  it('keep media on the local disk by default', () => {
    const config = loadConfig({ CHORUS_DATA_DIR: 'memory://' });
    expect(config.media.store).toBe('disk');
    expect(config.media.s3).toBeUndefined();
  });

  it('read every MEDIA_S3_* setting for MEDIA_STORE=s3', () => {
    const config = loadConfig({
      MEDIA_STORE: 's3',
      MEDIA_S3_BUCKET: 'chorus-media',
      MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000',
      MEDIA_S3_FORCE_PATH_STYLE: 'true',
      MEDIA_S3_PREFIX: 'chorus/media',
      MEDIA_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      MEDIA_S3_SECRET_ACCESS_KEY: 'secret/with+signs=',
    });
    expect(config.media).toMatchObject({
      store: 's3',
      s3: {
        bucket: 'chorus-media',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        prefix: 'chorus/media',
        credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret/with+signs=' },
      },
    });
    const defaults = loadConfig({ MEDIA_STORE: 's3', MEDIA_S3_BUCKET: 'chorus-media' }).media.s3;
    expect(defaults).toMatchObject({ region: 'us-east-1', forcePathStyle: false });
    expect(defaults?.credentials).toBeUndefined();
  });

  it('name each bad setting, and never quote the secret', () => {
    const problems = problemsOf({
      MEDIA_STORE: 'ftp',
      MEDIA_S3_BUCKET: 'Not A Bucket',
      MEDIA_S3_REGION: 'US EAST',
      MEDIA_S3_ENDPOINT: 'minio:9000/path',
      MEDIA_S3_FORCE_PATH_STYLE: 'yes',
      MEDIA_S3_PREFIX: 'a/../b',
      MEDIA_S3_SECRET_ACCESS_KEY: 'very-secret-value',
    });
    expect(problems).toEqual([
      'MEDIA_STORE must be one of: disk, s3',
      expect.stringMatching(/^MEDIA_S3_BUCKET must be a bucket name/),
      expect.stringMatching(/^MEDIA_S3_REGION must be a region name/),
      expect.stringMatching(/^MEDIA_S3_ENDPOINT must be the server's URL/),
      'MEDIA_S3_FORCE_PATH_STYLE must be true or false',
      expect.stringMatching(/^MEDIA_S3_PREFIX must be a folder inside the bucket/),
      expect.stringMatching(
        /^MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY must be set together/,
      ),
    ]);
    expect(problems.join('\n')).not.toContain('very-secret-value');
  });

  it('require a bucket for MEDIA_STORE=s3', () => {
    expect(problemsOf({ MEDIA_STORE: 's3' })).toEqual([
      'MEDIA_S3_BUCKET must be set when MEDIA_STORE=s3',
    ]);
    for (const prefix of ['/abs', 'trailing/', 'a//b', '..', './x']) {
      expect(problemsOf({ MEDIA_S3_PREFIX: prefix })).toHaveLength(1);
    }
  });
});
