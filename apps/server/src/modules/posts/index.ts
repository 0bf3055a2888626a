export { POST_BODY, postKind } from './post.kind.js';
export { PostEntity } from './post.entity.js';
export { PostsModule } from './posts.module.js';
export { PostsService } from './posts.service.js';
export { CalendarService } from './calendar.service.js';
export { PostsRepository, type PostRow } from './posts.repository.js';
export { PostMediaEntity } from './media/post-media.entity.js';
export { PostMediaModule } from './media/post-media.module.js';
export { PostModel } from './post.model.js';
