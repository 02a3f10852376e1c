import type { DataNode, Dataset } from '../domain';
import { formatDate } from '../domain';
import { stateProfile, type TieStatus } from '../model';
import { useT } from '../i18n/react';
import { term } from '../i18n/terms';
import { nodeColour } from '../scene/networkScene';
import { SourceLinks } from './SourceLinks';
import { Lifecycle } from './Lifecycle';

interface Props {
  dataset: Dataset;
  state: DataNode;
  onSelect(id: string): void;
  /** The states layer is off: the state is shown on its own, and may be shown with the rest. */
  statesHidden: boolean;
  onShowStates(): void;
}

const STATUS_CLASS: Record<TieStatus, string> = {
  member: 'is-member',
  party: 'is-party',
  signatory: 'is-signatory',
  former: 'is-former',
};

/**
 * A state's profile: what it belongs to and has signed or joined, grouped by function, each tie
 * with its dated stages and with how many states of its region share it, and a strip of its
 * joining over time.
 */
export function StateProfile({ dataset, state, onSelect, statesHidden, onShowStates }: Props) {
  const t = useT();
  const profile = stateProfile(dataset, state.id);
  if (!profile) return null;
  const region = profile.region ? term('region', profile.region) : null;
  const total = profile.byFunction.reduce((n, g) => n + g.items.length, 0);
  const undated = profile.byFunction.reduce(
    (n, g) => n + g.items.filter((i) => !i.edge.start).length,
    0,
  );
  return (
    <section className="profile" aria-labelledby={`profile-${state.id}`}>
      <h3 id={`profile-${state.id}`}>{t('profile.title')}</h3>
      {statesHidden && (
        <p className="profile-pinned" role="status">
          {t('profile.pinned')}{' '}
          <button type="button" className="link-button" onClick={onShowStates}>
            {t('profile.showStates')}
          </button>
        </p>
      )}
      {total === 0 ? (
        <p className="muted">{t('profile.none')}</p>
      ) : (
        <>
          <p className="profile-counts">
            {(['member', 'party', 'signatory', 'former'] as const)
              .filter((s) => profile.counts[s] > 0)
              .map((s) => t(`profile.counts.${s}`, { count: profile.counts[s] }))
              .join(' · ')}
          </p>
          <JoiningStrip joined={profile.joined} dataset={dataset} />
          {undated > 0 && (
            <p className="undated-note">
              <span className="undated-swatch" aria-hidden="true" />
              {t('details.undated', { count: undated })}
            </p>
          )}
        </>
      )}
      {profile.byFunction.map((group) => (
        <details key={group.fn ?? 'other'} open>
          <summary>
            <span
              className="swatch small"
              style={{ background: nodeColour(group.items[0].body) }}
              aria-hidden
            />
            {group.fn ? term('function', group.fn) : t('profile.noFunction')}{' '}
            <span className="count">{group.items.length}</span>
          </summary>
          <ul>
            {group.items.map(({ body, edge, status, peers }) => (
              <li key={edge.id} className={STATUS_CLASS[status]}>
                <span className="profile-status">{t(`profile.status.${status}`)}</span>{' '}
                <button type="button" className="link-button" onClick={() => onSelect(body.id)}>
                  {body.shortName ?? body.name}
                </button>
                <Lifecycle edge={edge} />
                {region && status !== 'former' && (
                  <span className="profile-peers muted">
                    {' · '}
                    {t('profile.peers', { tied: peers.tied, of: peers.of, region })}
                  </span>
                )}{' '}
                <SourceLinks sources={edge.sources} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** Each dated joining as a tick on a line of years: when the state's ties began. */
function JoiningStrip({
  joined,
  dataset,
}: {
  joined: { date: string; id: string; status: TieStatus }[];
  dataset: Dataset;
}) {
  const t = useT();
  if (joined.length === 0) return null;
  const year = (d: string) => Number(d.slice(0, 4));
  const first = year(joined[0].date);
  const last = Math.max(year(joined[joined.length - 1].date), first + 1);
  const x = (d: string) => 4 + ((year(d) - first) / (last - first)) * 292;
  return (
    <figure className="joining-strip">
      <svg
        viewBox="0 0 300 28"
        role="img"
        aria-label={t('profile.timeline', {
          count: joined.length,
          first: formatDate(joined[0].date),
          last: formatDate(joined[joined.length - 1].date),
        })}
      >
        <line x1={4} x2={296} y1={14} y2={14} className="axis" />
        {joined.map((j) => (
          <circle
            key={j.id + j.date}
            cx={x(j.date)}
            cy={14}
            r={4}
            className={STATUS_CLASS[j.status]}
          >
            <title>{`${dataset.nodeById.get(j.id)?.name ?? j.id} · ${formatDate(j.date)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption aria-hidden>
        <span>{first}</span>
        <span>{last}</span>
      </figcaption>
    </figure>
  );
}
