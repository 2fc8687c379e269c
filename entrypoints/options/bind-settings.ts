import { SETTINGS, readSettings, saveSetting, watchSettings, type SettingName, type SettingValues } from '@/utils/settings';

/**
 * Binds the options form to the settings, both ways and at once (no Save
 * button): a control named "<setting>" or "<setting>.<field>" shows that
 * setting (or that field of it), and changing it stores the new value.
 * Changes made elsewhere (another options tab, a synced device, Reset) show
 * up here as they happen.
 */

type Control = HTMLInputElement | HTMLSelectElement;

export interface BindEvents {
  /** A setting's value is on screen (first read, a change here or elsewhere). */
  shown(name: SettingName, value: unknown): void;
  saved(): void;
  failed(error: unknown): void;
}

/** The setting and field a control stands for, or null for a control that is not a setting. */
export function addressOf(control: { name: string }): { setting: SettingName; field?: string } | null {
  const [setting, field] = control.name.split('.');
  return Object.hasOwn(SETTINGS, setting) ? { setting: setting as SettingName, field } : null;
}

/** A checkbox stands for its state; a radio button or a list its value, as a number where it is one. */
function valueOf(control: Control): unknown {
  if (control.type === 'checkbox') return (control as HTMLInputElement).checked;
  const value = control.value;
  return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
}

function show(control: Control, value: unknown): void {
  if (control.type === 'checkbox') (control as HTMLInputElement).checked = value === true;
  else if (control.type === 'radio') (control as HTMLInputElement).checked = control.value === String(value);
  else control.value = String(value);
}

export async function bindSettings(form: HTMLFormElement, events: BindEvents): Promise<void> {
  const controls = [...form.elements].filter((el): el is Control => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && !!addressOf(el));
  const values = new Map<SettingName, unknown>();

  const render = (name: SettingName, value: unknown) => {
    values.set(name, value);
    for (const control of controls) {
      const address = addressOf(control)!;
      if (address.setting === name) show(control, address.field ? (value as Record<string, unknown>)[address.field] : value);
    }
    events.shown(name, value);
  };

  const renderAll = (changed: Partial<SettingValues>) => {
    for (const [name, value] of Object.entries(changed)) render(name as SettingName, value);
  };
  watchSettings(renderAll);
  renderAll(await readSettings());

  form.addEventListener('change', async (event) => {
    const control = event.target as Control;
    const address = addressOf(control);
    if (!address) return;
    const next = address.field ? { ...(values.get(address.setting) as object), [address.field]: valueOf(control) } : valueOf(control);
    // Kept at once, so a second quick change to the same setting builds on this one.
    values.set(address.setting, next);
    events.shown(address.setting, next);
    try {
      // Any value: saveSetting stores it through the setting's check.
      await saveSetting(address.setting, next as never);
      events.saved();
    } catch (error) {
      renderAll(await readSettings());
      events.failed(error);
    }
  });
}
