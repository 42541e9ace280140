'use client';
import { parseMealAge, toggleChoice, type MealProfile, type Translate } from '@yinfa/core';
import { Checkbox, Select, TextField } from '@yinfa/react';
import { useState } from 'react';
import type { useMealProfile } from './useMealProfile';

export interface ProfilePanelProps {
  state: ReturnType<typeof useMealProfile>;
  /** The subsidy groups found in the data. */
  groups: readonly string[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  t: Translate;
}

/** "算一算我的价格": age, groups and residency, and "remember" when the host allows storage. Built only when open. */
export function ProfilePanel({ state, groups, open, onOpenChange, t }: ProfilePanelProps) {
  const { profile } = state;
  return (
    <details className="yf-meal-map__panel" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)}>
      <summary className="yf-meal-map__summary yf-focus-ring">
        {state.given
          ? t('mealMap.profile.summarySet', {
              who: [typeof profile.age === 'number' ? t('mealMap.profile.age.value', { age: profile.age }) : null, ...(profile.groups ?? []).map((g) => t(`mealMap.group.${g}`))]
                .filter(Boolean)
                .join(t('mealMap.list.sep')),
            })
          : t('mealMap.profile.summary')}
      </summary>
      {/* Built only when open: a closed panel costs nothing on the first render. */}
      {open ? <ProfileForm profile={profile} groups={groups} onChange={state.setProfile} t={t} /> : null}
      {open && state.canRemember ? <Checkbox label={t('mealMap.profile.remember')} checked={state.remember} onChange={(e) => state.setRemember(e.target.checked)} /> : null}
    </details>
  );
}

function ProfileForm({ profile, groups, onChange, t }: { profile: MealProfile; groups: readonly string[]; onChange: (p: MealProfile) => void; t: Translate }) {
  const [ageText, setAgeText] = useState(typeof profile.age === 'number' ? String(profile.age) : '');
  const [ageError, setAgeError] = useState<string | undefined>();
  return (
    <div className="yf-meal-map__profile">
      <p>{t('mealMap.profile.intro')}</p>
      <TextField
        label={t('mealMap.profile.age')}
        hint={t('mealMap.profile.ageHint')}
        optional
        width="short"
        inputMode="numeric"
        autoComplete="off"
        value={ageText}
        error={ageError}
        onChange={(e) => {
          setAgeText(e.target.value);
          const read = parseMealAge(e.target.value);
          if (read.kind === 'invalid') {
            setAgeError(t('mealMap.profile.ageError')); // what was typed stays; the last good age is kept
            return;
          }
          setAgeError(undefined);
          const { age: _drop, ...rest } = profile;
          onChange(read.kind === 'age' ? { ...profile, age: read.age } : rest);
        }}
      />
      <fieldset className="yf-meal-map__fieldset">
        <legend>{t('mealMap.profile.groups')}</legend>
        {groups.map((g) => (
          <Checkbox key={g} label={t(`mealMap.group.${g}`)} checked={profile.groups?.includes(g) ?? false} onChange={(e) => onChange({ ...profile, groups: toggleChoice(profile.groups, g, e.target.checked) })} />
        ))}
      </fieldset>
      <Select
        label={t('mealMap.profile.residency')}
        placeholder={false}
        value={profile.residency ?? ''}
        onChange={(e) => {
          const { residency: _drop, ...rest } = profile;
          onChange(e.target.value ? { ...rest, residency: e.target.value as MealProfile['residency'] } : rest);
        }}
        options={[
          { value: '', label: t('mealMap.profile.residencyUnknown') },
          { value: 'hukou', label: t('mealMap.profile.residencyHukou') },
          { value: 'resident', label: t('mealMap.profile.residencyResident') },
          { value: 'none', label: t('mealMap.profile.residencyNone') },
        ]}
      />
    </div>
  );
}
