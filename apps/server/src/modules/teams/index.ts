export { TeamMemberEntity } from './team-member.entity.js';
export { TeamEntity } from './team.entity.js';
export { TeamModel } from './team.model.js';
export { toTeamModel } from './teams.resolver.js';
export { TeamsModule } from './teams.module.js';
export { TeamsService } from './teams.service.js';
