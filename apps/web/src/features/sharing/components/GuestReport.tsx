import { useCallback } from 'react';
import { readProblem } from '../../../errors';
import type { GuestSessionFieldsFragment } from '../../../gql/graphql';
import { SharedReport } from '../../kpis';
import { isGoneProblem } from '../guest-state';

/**
 * A shared KPI report, read-only: the brand's results as the Results page shows them, without
 * anything that edits, imports or manages. A refused read means the link is gone.
 */
export function GuestReport({
  session,
  onGone,
}: {
  session: GuestSessionFieldsFragment;
  onGone: () => void;
}) {
  const onError = useCallback(
    (error: unknown) => {
      if (isGoneProblem(readProblem(error).code)) onGone();
    },
    [onGone],
  );
  return <SharedReport brandId={session.brandId} brandName={session.brandName} onError={onError} />;
}
