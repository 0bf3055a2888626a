import type { LanguageTexts } from './types.js';

export const en: LanguageTexts = {
  template: {
    sections: {
      goals: {
        heading: 'Goals and objectives',
        hint: 'State what the brand wants from social media and make every goal SMART: specific, measurable, achievable, relevant and time-bound. Give each goal a metric, a target number and a deadline, e.g. 300 new followers in three months. Sales rarely come directly, so add the sub-goals that lead to them: awareness, a loyal community, expert reputation, leads.',
      },
      segments: {
        heading: 'Audience segments',
        hint: 'Split the target audience into segments by who they are and what they need from the brand. For each segment, note its size, its needs and how it relates to the product.',
      },
      personas: {
        heading: 'Audience profiles',
        hint: 'Describe a typical person from each key segment: age, location, occupation, interests, the networks they use, when they are online, the content they like and the problems they want solved.',
      },
      trends: {
        heading: 'Behavioural trends',
        hint: 'What is changing in how the audience lives, shops and talks online? Note the trends that affect the product and the way the audience makes decisions.',
      },
      mediaConsumption: {
        heading: 'Media consumption',
        hint: 'Where and when does the audience look for information: which networks, blogs, forums and media, at what time of day, on which devices? What do they need to know before deciding to buy?',
      },
      driversBarriers: {
        heading: 'Drivers and barriers',
        hint: 'For each segment, list what draws people to the product (drivers) and what holds them back (barriers). The strategy should strengthen the first and remove the second.',
      },
      competitors: {
        heading: 'Competitor analysis',
        hint: 'Study how competitors work in social media: their networks, how often they post, the kinds of content, what works for them and what does not.',
      },
      platforms: {
        heading: 'Platforms',
        hint: 'Choose the networks and platforms where the audience is and that serve the goals, and explain the role of each. Do not try to be everywhere at once.',
      },
      insight: {
        heading: 'Insight',
        hint: 'One or two sentences: an unspoken truth about the audience that the brand can answer. The creative idea and the content grow from it.',
      },
      brandRole: {
        heading: 'Brand role',
        hint: 'What role does the brand play in the life of the audience and in the community: expert, friend, helper, entertainer? Derive it from the insight.',
      },
      community: {
        heading: 'Community concept',
        hint: 'Describe the community the brand builds: what unites its members, why they come back, which activities keep the conversation going, and its rules.',
      },
      tactics: {
        heading: 'Communication tactics',
        hint: 'Set the tone of voice and the form of address (formal or informal "you"). Decide who answers comments and publishes posts, and whether the brand speaks as a team or on behalf of a named person. Appoint a chief expert who answers the hardest questions and settles conflicts, and agree when a conversation is escalated to them.',
      },
      contentPlan: {
        heading: 'Content plan principles',
        hint: 'Define the content categories (e.g. entertainment, expertise, reputation, promotion) and the share of each. As a rule of thumb, keep promotional posts to at most 20% of all content. Set the posting rhythm and the best publishing times for each network.',
      },
      conversion: {
        heading: 'Conversion path',
        hint: 'Describe how a reader becomes a customer: from a post to a landing page, a direct message or a shop. Use dedicated links and landing pages so that every conversion can be tracked.',
      },
      kpi: {
        heading: 'KPI plan',
        hint: 'Derive the KPIs from the goals: followers, reach, engagement rate (interactions ÷ community members), clicks, conversions, cost, revenue. Give each a target for every period.',
      },
      measurement: {
        heading: 'Measurement and correction',
        hint: 'Decide how and how often results are measured, with which tools, and who reviews them. Plan when and how the strategy is corrected when the numbers drift from the targets.',
      },
      readiness: {
        heading: 'Readiness checklist',
        hint: 'Tick every item before the launch.',
      },
    },
    checklist: {
      strategy: 'The basic strategy is set: goals, budget and roadmap are agreed',
      environment: 'The campaign environment is researched: market, audience, competitors',
      platformsTools: 'Platforms and tools that fit the plan are chosen',
      budget: 'The advertising budget is realistic and approved',
      team: 'The team is in place and community managers are assigned',
      influencers: 'Relevant bloggers and influencers are identified',
      measurementTools: 'Measurement and benchmarking tools are set up',
      offline: 'Offline components that support the campaign are planned',
      editorialRules: 'Editorial rules for posts, media and comments are written',
      beHuman: 'Be human: plain language, courtesy, listening first',
    },
  },
  labels: {
    documentTitle: 'SMM strategy',
    goalFields: {
      statement: 'Goal',
      metric: 'Metric',
      baseline: 'Baseline',
      target: 'Target',
      deadline: 'Deadline',
      why: 'Why it matters',
    },
    smartCheck: 'SMART check',
    smartLetters: {
      S: 'Specific',
      M: 'Measurable',
      A: 'Achievable',
      R: 'Relevant',
      T: 'Time-bound',
    },
    smartIssues: {
      statement_missing: 'the goal is not stated',
      metric_missing: 'no metric is named',
      baseline_not_number: 'the baseline is not a number',
      target_missing: 'the target is missing',
      target_not_number: 'the target is not a number',
      deadline_missing: 'the deadline is missing',
      deadline_invalid: 'the deadline is not a valid date',
      deadline_past: 'the deadline has passed',
    },
    persona: 'Persona',
    personaFields: {
      name: 'Name',
      ageRange: 'Age',
      location: 'Location',
      occupation: 'Occupation',
      interests: 'Interests',
      networks: 'Social networks',
      activeHours: 'Active hours',
      contentPreferences: 'Content preferences',
      needs: 'Needs and pains',
    },
    driverBarrierFields: { segment: 'Segment', drivers: 'Drivers', barriers: 'Barriers' },
    competitorFields: {
      name: 'Competitor',
      network: 'Network',
      frequency: 'Posting frequency',
      contentTypes: 'Content types',
      works: 'What works',
      fails: 'What does not work',
    },
    insight: 'Insight',
    brandRole: 'Brand role',
  },
};
