export { AccountPage } from './components/AccountPage';
export { SignInPage } from './components/SignInPage';
export { SignUpPage } from './components/SignUpPage';
export { useMe } from './hooks/use-me';
export { safeNextPath, signInPath } from './next-path';
