import { ROLES } from '@chorus/permissions';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { TeamModel, toTeamModel } from '../teams/index.js';
import { WorkspaceModel } from '../workspaces/index.js';
import { BrandModel } from './brand.model.js';
import { brandActions, BrandsService, type BrandView } from './brands.service.js';
import { CreateBrandInput, SetBrandTeamsInput, UpdateBrandInput } from './dto/brands.inputs.js';
import type { SocialNetwork } from './social-network.js';

function toModel({ brand, roles }: BrandView): BrandModel {
  return Object.assign(new BrandModel(), {
    id: brand.id,
    workspaceId: brand.workspaceId,
    name: brand.name,
    description: brand.description,
    communityConcept: brand.communityConcept,
    networks: brand.networks as SocialNetwork[],
    contentLanguages: brand.contentLanguages,
    timeZone: brand.timeZone,
    promotionCapPercent: brand.promotionCapPercent,
    utmMedium: brand.utmMedium,
    utmCampaign: brand.utmCampaign,
    archivedAt: brand.archivedAt,
    createdAt: brand.createdAt,
    // The plain workspace "member" is no role on a brand; only owner, admin and team roles are.
    // In the matrix's order, so the same roles always read the same way.
    myRoles: ROLES.filter((role) => role !== 'member' && roles.includes(role)),
    myActions: brandActions(roles),
  });
}

@Resolver(() => BrandModel)
export class BrandsResolver {
  constructor(private readonly brands: BrandsService) {}

  @Query(() => BrandModel, { description: 'One brand the signed-in user may open' })
  async brand(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BrandModel> {
    return toModel(await this.brands.get(principal, id));
  }

  @ResolveField(() => [TeamModel], { description: 'The teams assigned to the brand' })
  async teams(
    @CurrentPrincipal() principal: Principal,
    @Parent() brand: BrandModel,
  ): Promise<TeamModel[]> {
    return (await this.brands.teams(principal, brand.id)).map(toTeamModel);
  }

  @Mutation(() => BrandModel, { description: 'Creates a brand (owner, admin)' })
  async createBrand(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateBrandInput,
  ): Promise<BrandModel> {
    return toModel(await this.brands.create(principal, input));
  }

  @Mutation(() => BrandModel, { description: "Changes a brand's settings (owner, admin)" })
  async updateBrand(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateBrandInput,
  ): Promise<BrandModel> {
    return toModel(await this.brands.update(principal, input));
  }

  @Mutation(() => BrandModel, { description: 'Sets the teams assigned to a brand (owner, admin)' })
  async setBrandTeams(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetBrandTeamsInput,
  ): Promise<BrandModel> {
    return toModel(await this.brands.setTeams(principal, input));
  }

  @Mutation(() => BrandModel, { description: 'Archives a brand (owner, admin)' })
  async archiveBrand(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<BrandModel> {
    return toModel(await this.brands.setArchived(principal, brandId, true));
  }

  @Mutation(() => BrandModel, { description: 'Brings an archived brand back (owner, admin)' })
  async restoreBrand(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<BrandModel> {
    return toModel(await this.brands.setArchived(principal, brandId, false));
  }
}

/** Workspace.brands lives here so the workspaces module does not depend on brands. */
@Resolver(() => WorkspaceModel)
export class WorkspaceBrandsResolver {
  constructor(private readonly brands: BrandsService) {}

  @ResolveField('brands', () => [BrandModel], {
    description: 'The brands the signed-in user may open (owners and admins: all)',
  })
  async workspaceBrands(
    @CurrentPrincipal() principal: Principal,
    @Parent() workspace: WorkspaceModel,
    @Args('includeArchived', { defaultValue: false, description: 'Include archived brands' })
    includeArchived: boolean,
  ): Promise<BrandModel[]> {
    return (await this.brands.list(principal, workspace.id, includeArchived)).map(toModel);
  }
}
