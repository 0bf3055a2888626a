import { graphql } from '../../../gql';

/** The promotional share, the split and planned against done, per week and month of a range. */
export const ContentMixQuery = graphql(`
  query ContentMix($brandId: ID!, $from: String!, $to: String!, $firstDayOfWeek: Int!) {
    contentMix(brandId: $brandId, from: $from, to: $to, firstDayOfWeek: $firstDayOfWeek) {
      brandId
      timeZone
      capPercent
      weeks {
        ...ContentMixPeriodFields
      }
      months {
        ...ContentMixPeriodFields
      }
      plannedVsDone {
        mediaPlanId
        mediaPlanTitle
        rowId
        channel
        activity
        network
        matchedBy
        weeks {
          start
          end
          planned
          done
        }
        months {
          start
          end
          planned
          done
        }
      }
    }
  }

  fragment ContentMixPeriodFields on ContentMixPeriod {
    start
    end
    total
    promotional
    promotionalPercent
    capExceeded
    headroom
    byCategory {
      categoryId
      name
      color
      count
    }
    byNetwork {
      network
      count
    }
  }
`);
