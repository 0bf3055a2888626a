import { SystemMetadata1795306811836 } from './1795306811836-SystemMetadata.js';
import { IdentityAndAccess1795308121504 } from './1795308121504-IdentityAndAccess.js';
import { CollaborativeDocuments1795309173080 } from './1795309173080-CollaborativeDocuments.js';
import { StrategiesVersionsMediaPlans1795318502879 } from './1795318502879-StrategiesVersionsMediaPlans.js';
import { EventLogAndAudit1796491172554 } from './1796491172554-EventLogAndAudit.js';
import { UserProfilePreferences1796491871374 } from './1796491871374-UserProfilePreferences.js';
import { PostsAndContentCalendar1796517646665 } from './1796517646665-PostsAndContentCalendar.js';
import { CalendarFeedsAndWebhooks1796526991612 } from './1796526991612-CalendarFeedsAndWebhooks.js';
import { BrandUtmDefaults1796527604401 } from './1796527604401-BrandUtmDefaults.js';
import { PostMedia1796527196617 } from './1796527196617-PostMedia.js';
import { Notifications1796586885604 } from './1796586885604-Notifications.js';
import { ApprovalFlows1796587049598 } from './1796587049598-ApprovalFlows.js';
import { ApprovalUnreviewedEdits1796599329381 } from './1796599329381-ApprovalUnreviewedEdits.js';
import { ToneOfVoice1796599468072 } from './1796599468072-ToneOfVoice.js';
import { ApprovalReopenToStep1796599559145 } from './1796599559145-ApprovalReopenToStep.js';
import { ShareLinks1796612768836 } from './1796612768836-ShareLinks.js';
import { CommentThreads1796612863377 } from './1796612863377-CommentThreads.js';
import { ClientApprovals1796613865258 } from './1796613865258-ClientApprovals.js';
import { Kpis1796614981609 } from './1796614981609-Kpis.js';
import { KpiApiTokens1796645136383 } from './1796645136383-KpiApiTokens.js';
import { AudienceActivity1796646240767 } from './1796646240767-AudienceActivity.js';
import { KpiImportMappings1796648145415 } from './1796648145415-KpiImportMappings.js';
import { KpiPlanCellRowNames1796669385669 } from './1796669385669-KpiPlanCellRowNames.js';
import { KpiGoalSources1796681913295 } from './1796681913295-KpiGoalSources.js';
import { ShareLinkReports1796682000000 } from './1796682000000-ShareLinkReports.js';
/**
 * Every migration, in order. `pnpm --filter @chorus/server migration:generate <Name>`
 * writes a new file here and appends it to this list; never edit a migration once landed.
 */
export const migrations: Array<new () => unknown> = [
  SystemMetadata1795306811836,
  IdentityAndAccess1795308121504,
  CollaborativeDocuments1795309173080,
  StrategiesVersionsMediaPlans1795318502879,
  EventLogAndAudit1796491172554,
  UserProfilePreferences1796491871374,
  PostsAndContentCalendar1796517646665,
  CalendarFeedsAndWebhooks1796526991612,
  BrandUtmDefaults1796527604401,
  PostMedia1796527196617,
  Notifications1796586885604,
  ApprovalFlows1796587049598,
  ApprovalUnreviewedEdits1796599329381,
  ToneOfVoice1796599468072,
  ApprovalReopenToStep1796599559145,
  ShareLinks1796612768836,
  CommentThreads1796612863377,
  ClientApprovals1796613865258,
  Kpis1796614981609,
  KpiApiTokens1796645136383,
  AudienceActivity1796646240767,
  KpiImportMappings1796648145415,
  KpiPlanCellRowNames1796669385669,
  KpiGoalSources1796681913295,
  ShareLinkReports1796682000000,
];
