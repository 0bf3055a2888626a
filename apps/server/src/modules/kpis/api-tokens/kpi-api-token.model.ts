import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('KpiApiToken', {
  description: 'A personal API token for posting KPI actuals (its secret is never answered again)',
})
export class KpiApiTokenModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  brandId: string;

  @Field({ description: 'What its owner calls it' })
  label: string;

  @Field({ description: "The secret's last four characters" })
  lastFour: string;

  @Field(() => ID, { description: 'Whose rights it carries' })
  ownerId: string;

  @Field()
  ownerName: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a script last used it' })
  lastUsedAt: Date | null;
}

@ObjectType('CreatedKpiApiToken', { description: 'A new token and its secret: shown this once' })
export class CreatedKpiApiTokenModel {
  @Field(() => KpiApiTokenModel)
  apiToken: KpiApiTokenModel;

  @Field({ description: 'The secret (chorus_kpi_…), for the Authorization: Bearer header' })
  token: string;
}

@InputType()
export class CreateKpiApiTokenInput {
  @Field(() => ID)
  brandId: string;

  @Field({ description: 'What the token is for, 1 to 100 characters' })
  label: string;
}
