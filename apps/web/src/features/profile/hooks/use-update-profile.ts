import { useMutation } from '@apollo/client/react';
import { changeLanguage, isLanguageCode } from '../../../i18n';
import { UpdateProfileMutation } from '../graphql/profile.graphql';

export interface ProfileChanges {
  displayName: string;
  interfaceLanguage: string | null;
  timeZone: string | null;
}

/** Saves the profile; the interface switches to the saved language at once. */
export function useUpdateProfile() {
  const [mutate, { loading }] = useMutation(UpdateProfileMutation);
  const save = async (changes: ProfileChanges): Promise<void> => {
    const result = await mutate({ variables: { input: changes } });
    const language = result.data?.updateProfile.interfaceLanguage;
    if (isLanguageCode(language)) await changeLanguage(language);
  };
  return { save, saving: loading };
}
