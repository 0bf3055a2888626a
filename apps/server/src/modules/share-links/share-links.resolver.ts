import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { CreateShareLinkInput, RedeemShareLinkInput } from './dto/share-links.inputs.js';
import { toGuestSessionModel, toPreviewModel, toShareLinkModel } from './share-links.mapper.js';
import {
  CreatedShareLinkModel,
  GuestSessionModel,
  ShareLinkModel,
  ShareLinkPreviewModel,
} from './share-links.model.js';
import { ShareLinksService } from './share-links.service.js';
import { ShareRedemptionService } from './share-redemption.service.js';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class ShareLinksResolver {
  constructor(
    private readonly links: ShareLinksService,
    private readonly redemption: ShareRedemptionService,
  ) {}

  @Mutation(() => CreatedShareLinkModel, {
    description:
      'Creates a share link (shareLink.manage) for one document of the brand or a calendar range; the URL (with the token) is shown only here',
  })
  async createShareLink(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateShareLinkInput,
  ): Promise<CreatedShareLinkModel> {
    const { link, url } = await this.links.create(principal, input);
    return { link: toShareLinkModel(link), url };
  }

  @Mutation(() => ShareLinkModel, {
    description:
      'Revokes a share link (shareLink.manage): its guests lose access at once and their live sockets close',
  })
  async revokeShareLink(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ShareLinkModel> {
    return toShareLinkModel(await this.links.revoke(principal, id));
  }

  @Query(() => [ShareLinkModel], {
    description:
      "The brand's share links, newest first (shareLink.manage); of one document when given",
  })
  async shareLinks(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('documentId', { type: () => ID, nullable: true }) documentId: string | null,
  ): Promise<ShareLinkModel[]> {
    return (await this.links.list(principal, brandId, documentId ?? null)).map(toShareLinkModel);
  }

  @Query(() => ShareLinkPreviewModel, {
    description:
      'What a share link opens, before it is redeemed; a dead link (unknown, revoked, expired, archived) is NOT_FOUND; throttled per address and link',
  })
  async shareLinkPreview(
    @Args('token') token: string,
    @Context() { req }: HttpContext,
  ): Promise<ShareLinkPreviewModel> {
    return toPreviewModel(await this.redemption.preview(token, req));
  }

  @Mutation(() => GuestSessionModel, {
    description:
      'Opens a share link as a guest (name; password and email when asked) and sets the guest cookie; dead links are NOT_FOUND, throttled like the preview, passwords on their own throttle',
  })
  async redeemShareLink(
    @Args('input') input: RedeemShareLinkInput,
    @Context() { req, res }: HttpContext,
  ): Promise<GuestSessionModel> {
    const session = await this.redemption.redeem(input, req, res);
    return toGuestSessionModel(session, this.redemption.smtpConfigured);
  }

  @Mutation(() => GuestSessionModel, {
    description:
      "Confirms the guest's email with the emailed one-time code (GUEST_EMAIL_CODE_INVALID with a reason)",
  })
  async confirmGuestEmail(
    @CurrentPrincipal() principal: Principal,
    @Args('code') code: string,
  ): Promise<GuestSessionModel> {
    const session = await this.redemption.confirmEmail(principal, code);
    return toGuestSessionModel(session, this.redemption.smtpConfigured);
  }

  @Query(() => GuestSessionModel, {
    nullable: true,
    description: 'The guest this request comes from (the guest cookie); null when not a guest',
  })
  async guestSession(@CurrentPrincipal() principal: Principal): Promise<GuestSessionModel | null> {
    const session = await this.redemption.session(principal);
    return session ? toGuestSessionModel(session, this.redemption.smtpConfigured) : null;
  }

  @Mutation(() => Boolean, {
    description: "Ends the guest's session on this browser (clears the guest cookie)",
  })
  async leaveGuestSession(
    @CurrentPrincipal() principal: Principal,
    @Context() { res }: HttpContext,
  ): Promise<boolean> {
    return this.redemption.leave(principal, res);
  }
}
