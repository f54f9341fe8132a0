export { WelcomeElement } from './element/welcome-element.js';
export { defineElement } from './element/define-element.js';
export { ApiClient, type ApiClientOptions, type RequestOptions } from './api/api-client.js';
export { ApiError, isApiError, type ApiErrorKind } from './api/api-error.js';
export { baseStyles } from './theme/base-styles.js';
export { formStyles } from './theme/form-styles.js';
export { requestedLanguage } from './locale/resolve-locale.js';
export { languageName } from './locale/language-names.js';
export { plural, formatCount, type PluralForms } from './locale/plural.js';
export type { LocaleLoaders } from './locale/locale-catalog.js';
export { honeypotField, privacyLink } from './ui/form-parts.js';
export { problemOf, retryTimeOf, type Problem } from './load/problem.js';
export { problemNotice, type ProblemNoticeOptions } from './ui/problem-notice.js';
export {
  LoadController,
  type LoadContext,
  type LoadHost,
  type LoadOptions,
  type LoadRenderers,
  type LoadStatus,
} from './load/load-controller.js';
export { FormController, errorId, type FormHost, type FormOptions } from './form/form-controller.js';
export {
  checkboxGroup,
  consentField,
  fieldError,
  formProblem,
  selectField,
  textField,
  type CheckboxGroupOptions,
  type ConsentFieldOptions,
  type SelectFieldOptions,
  type SelectOption,
  type TextFieldOptions,
} from './form/form-fields.js';
