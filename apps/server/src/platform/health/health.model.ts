import { Field, ObjectType } from '@nestjs/graphql';

/**
 * What any visitor may know about the server: whether it works. Version, uptime and the
 * database's state are for operators (/readyz, and /metrics behind METRICS_TOKEN).
 */
@ObjectType({ description: "The server's health as seen by a client" })
export class Health {
  @Field({ description: 'Overall status: ok or degraded' })
  status: string;
}
