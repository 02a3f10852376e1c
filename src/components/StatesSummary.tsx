import Papa from 'papaparse';
import type { DataNode, Dataset } from '../domain';
import { escapeCell } from '../domain/csvFormat';
import { instrumentStatus } from '../model';
import { useT } from '../i18n/react';
import { term } from '../i18n/terms';
import { download, fileStamp } from '../export/download';

/**
 * How an organization or instrument stands with the states: how many are bound, who signed but
 * never ratified (named), how long ratification took, and each region's coverage.
 */
export function StatesSummary({
  dataset,
  node,
  onSelect,
}: {
  dataset: Dataset;
  node: DataNode;
  onSelect(id: string): void;
}) {
  const t = useT();
  const status = instrumentStatus(dataset, node.id);
  if (!status) return null;
  const treaty = node.type === 'instrument';
  const csv = () => {
    const rows = [
      ...status.parties.map((s) => [
        s.name,
        s.id,
        t(treaty ? 'profile.status.party' : 'profile.status.member'),
      ]),
      ...status.signedOnly.map((s) => [s.name, s.id, t('profile.status.signatory')]),
      ...status.former.map((s) => [s.name, s.id, t('profile.status.former')]),
    ];
    download(
      Papa.unparse({
        fields: [t('states.csv.state'), t('states.csv.code'), t('states.csv.status')],
        data: rows.map((r) => r.map(escapeCell)),
      }),
      `${node.id}-states-${fileStamp()}.csv`,
      'text/csv',
    );
  };
  return (
    <section className="states-summary" aria-labelledby={`states-${node.id}`}>
      <h3 id={`states-${node.id}`}>{t('states.title')}</h3>
      <p>
        {t(treaty ? 'states.parties' : 'states.members', { count: status.parties.length })}
        {status.signedOnly.length > 0 &&
          ` · ${t('states.signedOnly', { count: status.signedOnly.length })}`}
        {status.former.length > 0 && ` · ${t('states.former', { count: status.former.length })}`}
      </p>
      {status.signedOnly.length > 0 && (
        <details open={status.signedOnly.length <= 15}>
          <summary>{t('states.signedOnlyList')}</summary>
          <p className="states-names">
            {status.signedOnly.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onSelect(s.id)}>
                  {s.name}
                </button>
              </span>
            ))}
          </p>
        </details>
      )}
      {status.medianYearsToConsent !== null && (
        <p className="muted">
          {t('states.median', {
            years: status.medianYearsToConsent.toFixed(1),
            count: status.timedParties,
          })}
        </p>
      )}
      {status.byRegion.length > 0 && (
        <table className="states-regions">
          <caption className="visually-hidden">{t('states.byRegion')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('states.region')}</th>
              <th scope="col">{t(treaty ? 'states.col.parties' : 'states.col.members')}</th>
              <th scope="col">{t('states.col.signedOnly')}</th>
              <th scope="col">{t('states.col.of')}</th>
            </tr>
          </thead>
          <tbody>
            {status.byRegion.map((r) => (
              <tr key={r.region}>
                <th scope="row">{term('region', r.region)}</th>
                <td>
                  <span
                    className="bar"
                    aria-hidden
                    style={{ width: `${(40 * r.parties) / r.states}px` }}
                  />
                  {r.parties}
                </td>
                <td>{r.signedOnly}</td>
                <td>{r.states}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={csv}>
        {t('states.download')}
      </button>
    </section>
  );
}
