import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { decodeUrl } from '../../state/url/url-codec';
import { createUrlNoticeStore } from '../../state/url/url-notice-store';
import { UrlNotice } from './url-notice';

function renderNotice(link: string) {
  const notices = createUrlNoticeStore();
  notices.getState().show(decodeUrl(link).issues);
  render(<UrlNotice notices={notices} />);
  return notices;
}

describe('UrlNotice', () => {
  it('shows nothing for a clean link', () => {
    const { container } = render(<UrlNotice notices={createUrlNoticeStore()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names each bad or unknown field in words, says what was wrong and that it was reset', () => {
    renderNotice(
      'v=1&b=lots&mo=sleeping&colour=red&m.name=X&m.layers=0&m.hidden=8&m.heads=2&m.intermediate=8&m.vocab=10',
    );
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('could not be used');
    expect(notice).toHaveTextContent('reset to their defaults');
    const items = within(notice)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Batch size (b) is not a number, got "lots".',
      'Mode (mo) must be one of training, finetune, inference, got "sleeping".',
      'Unknown setting "colour" is not a setting this calculator knows; it was ignored.',
      'Custom model: layers (m.layers) must be a whole number from 1 to 100,000, got "0".',
    ]);
  });

  it('explains a link from a newer version', () => {
    renderNotice('v=7&b=2');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Link version \(v\) is 7: the link was made by a newer version/,
    );
  });

  it('lists the first ten problems and counts the rest', () => {
    renderNotice(Array.from({ length: 13 }, (_, i) => `unknown${i}=1`).join('&'));
    expect(within(screen.getByRole('alert')).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('…and 3 more.')).toBeInTheDocument();
  });

  it('goes away when dismissed', async () => {
    const user = userEvent.setup();
    const notices = renderNotice('b=0');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(notices.getState().issues).toEqual([]);
  });
});
