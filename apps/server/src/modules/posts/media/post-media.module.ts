import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostsRepository } from '../posts.repository.js';
import { PostMediaBlobsProcessor } from './post-media-blobs.processor.js';
import { PostMediaController } from './post-media.controller.js';
import { PostMediaEntity } from './post-media.entity.js';
import { PostMediaResolver } from './post-media.resolver.js';
import { PostMediaService } from './post-media.service.js';

/** Images and videos attached to posts: upload and serving over /api, the rest in GraphQL. */
@Module({
  imports: [TypeOrmModule.forFeature([PostMediaEntity])],
  controllers: [PostMediaController],
  providers: [PostsRepository, PostMediaService, PostMediaResolver, PostMediaBlobsProcessor],
})
export class PostMediaModule {}
