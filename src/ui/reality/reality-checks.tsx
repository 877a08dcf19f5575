import { useId, useMemo } from 'react';
import type { CheckTopic } from '../../domain/checks/published-check';
import { PUBLISHED_CHECKS } from '../../domain/checks/published-checks';
import { ScrollTable } from '../primitives/scroll-table';
import { checkRows, TOPIC_LABELS } from './check-rows';
import './reality.css';

const TOPICS = Object.keys(TOPIC_LABELS) as CheckTopic[];

/**
 * Checked against reality: every published figure (model cards, papers' tables, engine logs) the
 * tests hold the engine to, with this calculator's figure for the same setting and the difference.
 */
export function RealityChecks() {
  const headingId = useId();
  // The checks do not depend on the scenario: computed once, when the section first renders.
  const groups = useMemo(
    () =>
      TOPICS.map((topic) => ({
        topic,
        rows: checkRows(PUBLISHED_CHECKS.filter((check) => check.topic === topic)),
      })).filter((group) => group.rows.length > 0),
    [],
  );
  return (
    <section className="card reality" aria-labelledby={headingId}>
      <h2 id={headingId}>Checked against reality</h2>
      <p className="muted">
        Published figures beside this calculator&apos;s for the same setting. Each row is also a
        test: a change to the engine that moves one beyond what its source allows fails the build.
      </p>
      {groups.map(({ topic, rows }) => (
        <ScrollTable key={topic} caption={TOPIC_LABELS[topic]}>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Published</th>
              <th scope="col">This calculator</th>
              <th scope="col">Difference</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.setting}</th>
                <td>{row.published}</td>
                <td>{row.ours}</td>
                <td className={row.isExact ? 'ok-text' : undefined}>{row.difference}</td>
                <td className="reality__source">
                  {row.source.url ? (
                    <a href={row.source.url} rel="noreferrer" target="_blank">
                      {row.source.label}
                    </a>
                  ) : (
                    row.source.label
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ))}
    </section>
  );
}
