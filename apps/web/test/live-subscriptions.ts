import { ApolloLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import { Observable, type Subscriber } from 'rxjs';

/**
 * Subscriptions in tests: they stay open and silent (as over a quiet socket) until the test
 * sends a value with `emit(operationName, data)`.
 */
export class TestSubscriptions {
  private readonly open = new Map<string, Set<Subscriber<ApolloLink.Result>>>();

  readonly link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((subscriber) => {
        const name = operation.operationName ?? '';
        let set = this.open.get(name);
        if (!set) this.open.set(name, (set = new Set()));
        set.add(subscriber);
        return () => set.delete(subscriber);
      }),
  );

  /** Whether a subscription of that operation is open. */
  isOpen(operationName: string): boolean {
    return (this.open.get(operationName)?.size ?? 0) > 0;
  }

  emit(operationName: string, data: Record<string, unknown>): void {
    for (const subscriber of this.open.get(operationName) ?? []) subscriber.next({ data });
  }
}

export function isSubscription(query: DocumentNode): boolean {
  const definition = getMainDefinition(query);
  return (
    definition.kind === Kind.OPERATION_DEFINITION &&
    definition.operation === OperationTypeNode.SUBSCRIPTION
  );
}
