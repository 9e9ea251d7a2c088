import {
  addDependency,
  findInitiatives,
  deleteInitiative,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  removeDependency,
  selectLanes,
  selectOrderedGoals,
  endDateChanges,
  laneKeyOf,
  startDateChanges,
  unscheduleInitiatives,
  updateInitiative,
  type InitiativeFields,
  type Problem,
} from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { useToday } from '../state/use-today';
import { revealInitiative } from '../state/reveal';
import { runCommand } from '../state/run-command';
import { DateField, NumberField, RecordWarnings, SelectField, TextField, type Commit } from '../ui/fields';
import { fieldCommitter } from './commit-helpers';
import { sameItems } from '../state/use-external';
import { useMemo, useState } from 'react';
import { FieldError } from '../ui/FieldError';

const UNALIGNED = '';

/** Edits every field of an initiative, its key-result links and what it depends on. */
export function InitiativeInspector({ id }: { id: string }) {
  const session = useSession();
  const initiative = useRoadmap((snapshot) => snapshot.initiatives.get(id));
  const goals = useRoadmap(selectOrderedGoals);
  const goalsById = useRoadmap((snapshot) => snapshot.goals);
  const today = useToday();
  const keyResults = useRoadmap((snapshot) => selectLanes(snapshot).flatMap((lane) => lane.keyResults), sameItems);
  const focusTitle = useUiStore((state) => state.focusTitleOf === id);
  const titleFocused = useUiStore((state) => state.titleFocused);
  const select = useUiStore((state) => state.select);
  const [linkProblems, setLinkProblems] = useState<readonly Problem[] | null>(null);
  if (!initiative) return <p className="inspector-empty">This initiative was deleted.</p>;

  const commit = fieldCommitter<InitiativeFields>(session.doc, updateInitiative, id);
  const goalOfInitiative =
    initiative.goalId && goals.some((goal) => goal.id === initiative.goalId) ? initiative.goalId : UNALIGNED;
  const goalKeyResults = keyResults.filter((keyResult) => keyResult.goalId === goalOfInitiative);

  return (
    <form className="inspector-form" aria-label="Initiative" onSubmit={(event) => event.preventDefault()}>
      <h2>Initiative</h2>
      <RecordWarnings problems={initiative.problems} />
      <TextField
        label="Title"
        name="Initiative title"
        value={initiative.title}
        commit={commit('title')}
        autoFocus={focusTitle}
        onFocused={titleFocused}
      />
      <SelectField
        label="Goal"
        value={goalOfInitiative}
        options={[
          ...goals.map((goal) => ({ value: goal.id, label: goal.title })),
          { value: UNALIGNED, label: 'Unaligned (no goal)' },
        ]}
        commit={(goalId) => commit('goalId')(goalId === UNALIGNED ? null : goalId)}
      />
      <div className="field-row">
        <DateField
          label="Start date"
          value={initiative.startDate}
          commit={(value) => {
            // Past the end, the end moves along (one step): dates can be entered start first.
            const outcome = runCommand(session.doc, updateInitiative, {
              id,
              changes: startDateChanges(initiative, value ?? ''),
            });
            return outcome.ok ? null : outcome.problems;
          }}
        />
        <DateField
          label="End date"
          value={initiative.endDate}
          commit={(value) => {
            // An unscheduled one given an end gets a start two weeks before it.
            const outcome = runCommand(session.doc, updateInitiative, {
              id,
              changes: endDateChanges(initiative, value ?? ''),
            });
            return outcome.ok ? null : outcome.problems;
          }}
        />
      </div>
      {initiative.startDate === null ? (
        <p className="muted small">
          Unscheduled: not on the timeline yet. Give it a start date, or{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              const outcome = runCommand(session.doc, updateInitiative, {
                id,
                changes: startDateChanges(initiative, today),
              });
              if (outcome.ok)
                revealInitiative({ ...initiative, startDate: today }, laneKeyOf(initiative.goalId, goalsById));
            }}
          >
            schedule it from today
          </button>
          .
        </p>
      ) : (
        <button
          type="button"
          className="link small"
          title="Take it off the timeline: an idea or later work, in the Unscheduled tray and Later"
          onClick={() => runCommand(session.doc, unscheduleInitiatives, [id])}
        >
          Unschedule (no dates yet)
        </button>
      )}
      <div className="field-row">
        <SelectField
          label="Status"
          name="Initiative status"
          value={initiative.status}
          options={INITIATIVE_STATUSES.map((status) => ({ value: status, label: INITIATIVE_STATUS_LABELS[status] }))}
          commit={commit('status')}
        />
        <NumberField label="Progress (%)" value={initiative.progress} commit={commit('progress')} />
      </div>
      <div className="field-row">
        <TextField label="Owner" name="Initiative owner" value={initiative.owner} commit={commit('owner')} />
        <TextField label="Team" value={initiative.team} commit={commit('team')} />
      </div>
      <TagsField tags={initiative.tags} commit={commit('tags')} />
      <fieldset className="checks">
        <legend>Contributes to key results</legend>
        {goalKeyResults.length === 0 && (
          <p className="muted">
            {goalOfInitiative ? 'This goal has no key results yet.' : 'Align it with a goal to link key results.'}
          </p>
        )}
        {goalKeyResults.map((keyResult) => (
          <label key={keyResult.id} className="check">
            <input
              type="checkbox"
              checked={initiative.keyResultIds.includes(keyResult.id)}
              onChange={(event) =>
                setLinkProblems(
                  commit('keyResultIds')(
                    event.target.checked
                      ? [...initiative.keyResultIds, keyResult.id]
                      : initiative.keyResultIds.filter((linked) => linked !== keyResult.id),
                  ),
                )
              }
            />
            {keyResult.title}
          </label>
        ))}
        <FieldError message={linkProblems?.map((problem) => problem.message).join(' ')} />
      </fieldset>
      <TextField
        label="Description"
        name="Initiative description"
        value={initiative.description}
        commit={commit('description')}
        multiline
      />
      <Dependencies id={id} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (runCommand(session.doc, deleteInitiative, { id }).ok) select(null);
        }}
      >
        Delete initiative
      </button>
    </form>
  );
}

function TagsField({ tags, commit }: { tags: readonly string[]; commit: Commit<string[]> }) {
  return (
    <TextField
      label="Tags"
      hint="Separate tags with commas"
      value={tags.join(', ')}
      commit={(text) =>
        commit([
          ...new Set(
            text
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
        ])
      }
    />
  );
}

/** How many matches the predecessor search shows. */
const PICKER_LIMIT = 8;

function Dependencies({ id }: { id: string }) {
  const session = useSession();
  const dependencies = useRoadmap(
    (snapshot) => [...snapshot.dependencies.values()].filter((dependency) => dependency.toId === id),
    sameItems,
  );
  const initiatives = useRoadmap((snapshot) => snapshot.initiatives);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  // Searched, not listed: a roadmap can hold thousands of initiatives.
  const matches = useMemo(
    () =>
      findInitiatives(
        initiatives.values(),
        query,
        PICKER_LIMIT,
        (other) => other.id === id || dependencies.some((dependency) => dependency.fromId === other.id),
      ),
    [initiatives, query, id, dependencies],
  );
  const add = (fromId: string) => {
    const outcome = runCommand(session.doc, addDependency, { fromId, toId: id });
    setError(outcome.ok ? null : outcome.problems.map((problem) => problem.message).join(' '));
    if (outcome.ok) setQuery('');
  };
  return (
    <fieldset className="dependencies">
      <legend>Depends on</legend>
      {dependencies.length === 0 && <p className="muted">Nothing: it can start any time.</p>}
      <ul>
        {dependencies.map((dependency) => (
          <li key={dependency.id}>
            <span>{initiatives.get(dependency.fromId)?.title ?? 'A deleted initiative'}</span>
            <button
              type="button"
              className="link"
              aria-label={`Remove dependency on ${initiatives.get(dependency.fromId)?.title ?? 'deleted initiative'}`}
              onClick={() => runCommand(session.doc, removeDependency, { id: dependency.id })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <label className="field">
        Add a predecessor
        <input
          type="search"
          placeholder="Type part of its title"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {query.trim() !== '' && (
        <ul className="picker" aria-label="Matching initiatives">
          {matches.length === 0 && <li className="muted">No initiative matches.</li>}
          {matches.map((candidate) => (
            <li key={candidate.id}>
              <button type="button" className="link" onClick={() => add(candidate.id)}>
                {candidate.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError message={error} />
    </fieldset>
  );
}
