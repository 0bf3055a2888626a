import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The server's health as seen by a client" })
export class Health {
  @Field({ description: 'Overall status: ok or degraded' })
  status: string;

  @Field({ description: 'Whether the database answers a query' })
  database: boolean;

  @Field({ description: "The server's version" })
  version: string;

  @Field(() => Float, { description: 'Seconds since this server process started' })
  uptimeSeconds: number;

  @Field({ description: 'The identity of this installation, stable across restarts' })
  installationId: string;
}
