import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { RateLimit, RateLimitGuard } from '../../platform/throttling/index.js';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { AccountsService } from './accounts.service.js';
import {
  ChangePasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from './dto/accounts.inputs.js';
import { AuthPayloadModel, UserModel } from './user.model.js';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null' })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserModel | null> {
    const user = await this.accounts.me(principal);
    return user ? UserModel.from(user, { self: true }) : null;
  }

  @Mutation(() => AuthPayloadModel, { description: 'Creates an account and signs it in' })
  @UseGuards(RateLimitGuard)
  @RateLimit('signUp')
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() { req, res }: HttpContext,
  ): Promise<AuthPayloadModel> {
    return { user: UserModel.from(await this.accounts.signUp(input, req, res), { self: true }) };
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in with email and password; INVALID_CREDENTIALS for a wrong pair, RATE_LIMITED while throttled',
  })
  async signIn(
    @Args('input') input: SignInInput,
    @Context() { req, res }: HttpContext,
  ): Promise<AuthPayloadModel> {
    return { user: UserModel.from(await this.accounts.signIn(input, req, res), { self: true }) };
  }

  @Mutation(() => Boolean, { description: 'Ends this session' })
  signOut(
    @CurrentPrincipal() principal: Principal,
    @Context() { res }: HttpContext,
  ): Promise<boolean> {
    return this.accounts.signOut(principal, res);
  }

  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in user, this one included; returns how many',
  })
  signOutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Context() { res }: HttpContext,
  ): Promise<number> {
    return this.accounts.signOutEverywhere(principal, res);
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session' })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangePasswordInput,
    @Context() { req }: HttpContext,
  ): Promise<boolean> {
    return this.accounts.changePassword(principal, input, req);
  }

  @Mutation(() => UserModel, {
    description: "Changes one's own display name, interface language or time zone",
  })
  async updateProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserModel> {
    return UserModel.from(await this.accounts.updateProfile(principal, input), { self: true });
  }
}
