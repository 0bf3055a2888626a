// One lazy chunk for the header's signed-in controls: a visitor downloads neither, and the
// bell adds no chunk boundary of its own to the libraries the first page shares with them.
import { AccountMenu } from '../../features/auth/components/AccountMenu';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';

/** The notification bell and the account menu of the signed-in person. */
export function SignedInControls({
  me,
}: {
  me: { id: string; displayName: string; email: string };
}) {
  return (
    <>
      <NotificationBell key={me.id} />
      <AccountMenu me={me} />
    </>
  );
}
