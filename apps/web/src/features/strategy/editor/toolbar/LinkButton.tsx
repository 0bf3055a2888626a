import { Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeLink } from '../extensions/safe-link';
import { LinkIcon, ToolButton } from './ToolButton';

/**
 * The link button: a small popover to set, change or remove the link on the selection.
 * Only http(s) and mailto addresses are accepted ("example.com" becomes https://example.com).
 */
export function LinkButton({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const open = () => {
    const href: unknown = editor.getAttributes('link').href;
    setValue(typeof href === 'string' ? href : '');
    setInvalid(false);
    setOpened(true);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = normalizeLink(value);
    if (!href) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    } else {
      chain.extendMarkRange('link').setLink({ href });
    }
    chain.run();
    setOpened(false);
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setOpened(false);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      onDismiss={() => setOpened(false)}
      trapFocus
      returnFocus
      withinPortal
      position="bottom-start"
      shadow="md"
    >
      <Popover.Target>
        <ToolButton
          label={t('strategyEditor.toolbar.link')}
          active={active}
          onClick={() => (opened ? setOpened(false) : open())}
          icon={<LinkIcon />}
        />
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={apply} noValidate>
          <Stack gap="xs" w={300}>
            <TextInput
              label={t('strategyEditor.link.address')}
              placeholder="https://example.com"
              value={value}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                setInvalid(false);
              }}
              error={invalid ? t('strategyEditor.link.invalid') : undefined}
              data-autofocus
              dir="ltr"
              size="sm"
            />
            <Group gap="xs" justify="flex-end">
              {active && (
                <Button variant="subtle" color="red" size="xs" onClick={remove}>
                  {t('strategyEditor.link.remove')}
                </Button>
              )}
              <Button type="submit" size="xs">
                {t('strategyEditor.link.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
