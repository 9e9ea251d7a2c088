import { useState } from 'react';
import { PRESENCE_COLOR_NAMES, PRESENCE_COLORS, type RoadmapLibrary } from '../../shared';
import { FieldError } from '../ui/FieldError';

/** The name and color peers see, asked before the first share or join (and changeable there). */
export function ProfileFields({ library }: { library: RoadmapLibrary }) {
  const [profile, setProfile] = useState(() => library.profile());
  const [error, setError] = useState<string | null>(null);
  const save = (changes: { name?: string; color?: string }) => {
    try {
      setProfile(library.setProfile(changes));
      setError(null);
    } catch {
      setError('Enter the name others will see (up to 80 characters).');
    }
  };
  return (
    <fieldset className="profile-fields">
      <legend>You, as others see you</legend>
      <label className="field">
        Your name
        <input
          defaultValue={profile.name}
          maxLength={80}
          aria-invalid={error !== null || undefined}
          onBlur={(event) => {
            if (event.target.value.trim() !== profile.name) save({ name: event.target.value, color: profile.color });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      </label>
      <FieldError message={error} />
      <div className="color-choices" role="radiogroup" aria-label="Your color">
        {PRESENCE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={profile.color === color}
            aria-label={PRESENCE_COLOR_NAMES[color] ?? color}
            title={PRESENCE_COLOR_NAMES[color]}
            className="color-choice"
            style={{ background: color }}
            onClick={() => (profile.name ? save({ color }) : setProfile({ ...profile, color }))}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Whether the person has named themselves yet (sharing and joining need a name peers can read). */
export function hasName(library: RoadmapLibrary): boolean {
  return library.profile().name.trim() !== '';
}
