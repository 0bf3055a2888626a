import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../../i18n';
import { linksByNetwork, UtmLinks } from './UtmLinks';

const content = {
  body: 'Spring sale: https://shop.example.com/sale?ref=bio. Details www.example.org!',
  variants: { x: 'Short: https://shop.example.com/sale?ref=bio' },
  firstComment: 'Menu: https://menu.example.com/',
};

async function renderLinks(props: Partial<Parameters<typeof UtmLinks>[0]> = {}) {
  await initI18n({ language: 'en' });
  render(
    <MantineProvider env="test">
      <UtmLinks
        postId="post-42"
        content={content}
        networks={['instagram', 'x']}
        medium="social"
        campaign="spring_launch"
        {...props}
      />
    </MantineProvider>,
  );
}

describe('the links of a post with their UTM tags', () => {
  it('groups each link with the networks whose text holds it', () => {
    expect(linksByNetwork(content, ['instagram', 'x'])).toEqual([
      { link: 'https://shop.example.com/sale?ref=bio', networks: ['instagram', 'x'] },
      { link: 'https://www.example.org', networks: ['instagram'] },
      { link: 'https://menu.example.com/', networks: ['instagram', 'x'] },
    ]);
  });

  it('shows each link tagged per network and copies the tagged form', async () => {
    const user = userEvent.setup();
    await renderLinks();
    const section = screen.getByRole('region', { name: 'Links with UTM tags' });
    const tagged = within(section).getAllByTestId('utm-x');
    expect(tagged[0]).toHaveTextContent(
      'https://shop.example.com/sale?ref=bio&utm_source=x&utm_medium=social&utm_campaign=spring_launch&utm_content=post-42',
    );
    expect(within(section).getAllByTestId('utm-instagram')[1]).toHaveTextContent(
      'https://www.example.org/?utm_source=instagram&utm_medium=social&utm_campaign=spring_launch&utm_content=post-42',
    );
    const copy = within(section).getAllByRole('button', { name: 'Copy the link for X' })[0]!;
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(
      'https://shop.example.com/sale?ref=bio&utm_source=x&utm_medium=social&utm_campaign=spring_launch&utm_content=post-42',
    );
    expect(await within(section).findByText('Copied')).toBeInTheDocument();
  });

  it('leaves out an empty medium and campaign', async () => {
    await renderLinks({ medium: '', campaign: '', networks: ['telegram'] });
    expect(screen.getAllByTestId('utm-telegram')[0]).toHaveTextContent(
      'https://shop.example.com/sale?ref=bio&utm_source=telegram&utm_content=post-42',
    );
  });

  it('shows nothing for a post without links', async () => {
    await renderLinks({ content: { body: 'No links #tea', variants: {}, firstComment: '' } });
    expect(screen.queryByTestId('utm-links')).not.toBeInTheDocument();
  });
});
