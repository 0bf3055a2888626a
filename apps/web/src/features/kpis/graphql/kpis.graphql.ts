import { graphql } from '../../../gql';

export const KpiFieldsFragment = graphql(`
  fragment KpiFields on Kpi {
    id
    brandId
    goalId
    name
    metric
    unit
    currency
    direction
    network
    baseline
    target
    startDate
    deadline
    periodKind
    targetMode
    goalRemovedAt
    archivedAt
    strategyDocumentId
    targets {
      periodKey
      value
    }
  }
`);

/** The brand's KPIs (archived ones on request), for the management list. */
export const KpisQuery = graphql(`
  query Kpis($brandId: ID!, $archived: Boolean) {
    kpis(brandId: $brandId, archived: $archived) {
      ...KpiFields
    }
  }
`);

/** Targets against actuals, measures, goal progress, results per network, plan row and block. */
export const KpiDashboardQuery = graphql(`
  query KpiDashboard($brandId: ID!, $from: String!, $to: String!) {
    kpiDashboard(brandId: $brandId, from: $from, to: $to) {
      brandId
      from
      to
      currency
      rows {
        kpi {
          ...KpiFields
        }
        periods {
          periodKey
          target
          actual
          measure {
            value
            reason
            formula
            planned
          }
        }
        progress {
          status
          current
          projected
          completion
          rule
        }
      }
      channels {
        network
        spend
        plannedSpend
        revenue
        roi {
          value
          reason
          formula
          planned
        }
        engagementRate {
          value
          reason
          formula
          planned
        }
        engagementRateByReach {
          value
          reason
          formula
          planned
        }
        ctr {
          value
          reason
          formula
          planned
        }
        cpc {
          value
          reason
          formula
          planned
        }
        cpa {
          value
          reason
          formula
          planned
        }
        cpm {
          value
          reason
          formula
          planned
        }
      }
      actuals {
        network
        metric
        periodKey
        postRef
        value
      }
      planRows {
        documentId
        planTitle
        rowId
        block
        channel
        activity
        network
        kpiName
        quantityMetric
        plannedSpend
        plannedQuantity
        actualSpend
        actualQuantity
        actualSource
        sharedWith
      }
      blocks {
        block
        plannedSpend
        actualSpend
        revenue
        estimated
        networks
        roi {
          value
          reason
          formula
          planned
        }
      }
    }
  }
`);

export const CreateKpiMutation = graphql(`
  mutation CreateKpi($input: CreateKpiInput!) {
    createKpi(input: $input) {
      ...KpiFields
    }
  }
`);

export const UpdateKpiMutation = graphql(`
  mutation UpdateKpi($id: ID!, $input: KpiInput!) {
    updateKpi(id: $id, input: $input) {
      ...KpiFields
    }
  }
`);

export const ArchiveKpiMutation = graphql(`
  mutation ArchiveKpi($id: ID!, $archived: Boolean!) {
    archiveKpi(id: $id, archived: $archived) {
      ...KpiFields
    }
  }
`);

export const SetKpiTargetsMutation = graphql(`
  mutation SetKpiTargets($input: SetKpiTargetsInput!) {
    setKpiTargets(input: $input) {
      ...KpiFields
    }
  }
`);

export const SyncKpisFromGoalsMutation = graphql(`
  mutation SyncKpisFromGoals($brandId: ID!) {
    syncKpisFromGoals(brandId: $brandId) {
      ...KpiFields
    }
  }
`);

export const KpiGridCellFieldsFragment = graphql(`
  fragment KpiGridCellFields on KpiGridCell {
    network
    metric
    periodKey
    value
    updatedById
    updatedByName
    updatedAt
  }
`);

export const KpiActualGridQuery = graphql(`
  query KpiActualGrid($brandId: ID!, $network: String!, $from: String!, $to: String!) {
    kpiActualGrid(brandId: $brandId, network: $network, from: $from, to: $to) {
      ...KpiGridCellFields
    }
  }
`);

export const SetKpiActualMutation = graphql(`
  mutation SetKpiActual($input: SetKpiActualInput!) {
    setKpiActual(input: $input) {
      ...KpiGridCellFields
    }
  }
`);
