import { useState } from 'react';
import type { DocumentKind, Template } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '../../i18n/languages.ts';
import type { Query } from '../../lib/useQuery.ts';

// Same as the protocol's BUILT_IN_TEMPLATE_PREFIX (a value import would bring zod into the bundle).
const BUILT_IN_PREFIX = 'builtin:';

export interface TemplateChoice {
  templateId: string;
  language: UiLanguage;
}

interface TemplatePickerProps {
  type: DocumentKind;
  templates: Query<{ templates: Template[] }>;
  choice: TemplateChoice;
  onChange(choice: TemplateChoice): void;
  /** Facilitators may delete the workspace's own templates. */
  canDelete: boolean;
  onError(error: unknown): void;
}

/** "Start from": blank or a template of the chosen type; built-ins in a language of the creator's choice. */
export function TemplatePicker({
  type,
  templates,
  choice,
  onChange,
  canDelete,
  onError,
}: TemplatePickerProps) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState(false);
  const ofType = (templates.data?.templates ?? []).filter((x) => x.type === type);
  const builtIn = ofType.filter((x) => x.builtIn);
  const own = ofType.filter((x) => !x.builtIn);
  const selected = ofType.find((x) => x.id === choice.templateId);

  const remove = async (template: Template) => {
    if (!window.confirm(t('templates.deleteConfirm', { title: template.title }))) return;
    setDeleting(true);
    try {
      await weftApi.deleteTemplate(template.id);
      templates.setData((d) => d && { templates: d.templates.filter((x) => x.id !== template.id) });
      onChange({ ...choice, templateId: '' });
    } catch (err) {
      onError(err);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <>
      <label className="field">
        <span>{t('templates.startFrom')}</span>
        <select
          name="templateId"
          value={selected ? choice.templateId : ''}
          onChange={(e) => onChange({ ...choice, templateId: e.target.value })}
          data-testid="documents.create.template"
        >
          <option value="">{t('templates.blank')}</option>
          {builtIn.length > 0 && (
            <optgroup label={t('templates.builtIn')}>
              {builtIn.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </optgroup>
          )}
          {own.length > 0 && (
            <optgroup label={t('templates.workspace')}>
              {own.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {choice.templateId.startsWith(BUILT_IN_PREFIX) && (
        <label className="field">
          <span>{t('templates.language')}</span>
          <select
            value={choice.language}
            onChange={(e) => onChange({ ...choice, language: e.target.value as UiLanguage })}
            data-testid="documents.create.templateLanguage"
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      )}
      {selected && !selected.builtIn && canDelete && (
        <button
          type="button"
          className="button button--ghost"
          disabled={deleting}
          onClick={() => void remove(selected)}
          aria-label={t('templates.deleteLabel', { title: selected.title })}
          data-testid="documents.create.deleteTemplate"
        >
          {t('templates.delete')}
        </button>
      )}
    </>
  );
}
