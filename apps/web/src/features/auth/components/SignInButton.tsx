import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { signInPath } from '../next-path';

/** The header's way in for visitors; it brings them back to the page they were on. */
export function SignInButton() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const onAuthPage = pathname === '/sign-in' || pathname === '/sign-up';
  return (
    <Button
      component={NavLink}
      to={onAuthPage ? '/sign-in' : signInPath(pathname + search)}
      variant="outline"
    >
      {t('nav.signIn')}
    </Button>
  );
}
