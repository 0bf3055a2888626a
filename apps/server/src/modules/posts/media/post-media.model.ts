import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PostMedia', {
  description: 'An image or video attached to a post (its type was read from its bytes)',
})
export class PostMediaModel {
  @Field(() => ID, { description: 'The file id' })
  id: string;

  @Field({ description: 'Where the file is served (same origin; readers of the post only)' })
  url: string;

  @Field(() => String, {
    nullable: true,
    description: 'A small WebP of an image (longest side 320 px); null for videos',
  })
  thumbnailUrl: string | null;

  @Field({ description: 'The type sniffed from the bytes, e.g. image/png or video/mp4' })
  mime: string;

  @Field(() => Float, { description: 'Size in bytes' })
  bytes: number;

  @Field(() => Int, { nullable: true, description: 'Width in pixels (images); null for videos' })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels (images); null for videos' })
  height: number | null;

  @Field({ description: 'The name it was uploaded with, cleaned, with its real extension' })
  fileName: string;

  @Field(() => Int, { description: "0-based place in the post's order" })
  position: number;

  @Field({ description: 'When it was attached' })
  createdAt: Date;
}

@ObjectType('PostMediaLimits', {
  description: 'What a post can carry: the types accepted and the largest size of each kind',
})
export class PostMediaLimitsModel {
  @Field(() => [String], { description: 'Accepted types (checked against the bytes)' })
  allowedTypes: string[];

  @Field(() => Float, { description: 'Largest image in bytes (MEDIA_MAX_IMAGE_BYTES)' })
  maxImageBytes: number;

  @Field(() => Float, { description: 'Largest video in bytes (MEDIA_MAX_VIDEO_BYTES)' })
  maxVideoBytes: number;

  @Field(() => Int, { description: 'Most files on one post' })
  maxFilesPerPost: number;
}
