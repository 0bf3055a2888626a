export { POST_BODY, postKind } from './post.kind.js';
export { PostsModule } from './posts.module.js';
