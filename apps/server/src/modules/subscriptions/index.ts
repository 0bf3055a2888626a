export { GraphQLSocketGateway } from './graphql-socket.gateway.js';
export { MAX_OPERATIONS_PER_SOCKET } from './socket-operations.js';
export { SocketClose } from './socket-close.js';
export { SubscriptionsModule } from './subscriptions.module.js';
