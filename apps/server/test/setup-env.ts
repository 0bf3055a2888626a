import 'reflect-metadata';

process.env.NODE_ENV ??= 'test';

// Collaboration tests run up to a dozen official y-websocket clients in one process (ten in
// the convergence test), and each WebsocketProvider adds a process 'exit' listener until it is
// destroyed — by design, not a leak. Node's default of 10 would print
// MaxListenersExceededWarning for them; a real leak (one listener per test) still passes 32.
process.setMaxListeners(Math.max(process.getMaxListeners(), 32));
