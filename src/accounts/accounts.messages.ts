/**
 * The words of accounts, in CICA's two working languages. Every file of
 * accounts that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'field.delegateState': 'A delegate must be tied to a member state.',
  'field.stateOnlyForDelegate': 'Only delegates are tied to a state.',
  'field.emailTaken': 'An account with this address exists.',
  'field.passwordLength': 'A password needs at least 12 characters.',
  'field.stateCode': 'Enter a two-letter ISO code.',
  'office.signIn': 'Sign in',
  'office.signInTitle': 'Sign in to the office',
  'office.email': 'E-mail',
  'office.password': 'Password',
  'office.badCredentials': 'The e-mail or password is not right.',
  'office.throttled': 'Too many failed attempts. Try again in {minutes} minutes.',
  'office.account': 'Account',
  'office.role': 'Role',
  'office.stateOfDelegate': 'State (delegates)',
};

export const ru: RussianTable<typeof en> = {
  'field.delegateState': 'Делегат должен быть привязан к государству-члену.',
  'field.stateOnlyForDelegate': 'К государству привязываются только делегаты.',
  'field.emailTaken': 'Учётная запись с этим адресом уже есть.',
  'field.passwordLength': 'Пароль должен содержать не менее 12 символов.',
  'field.stateCode': 'Введите двухбуквенный код ISO.',
  'office.signIn': 'Войти',
  'office.signInTitle': 'Вход в офис',
  'office.email': 'Электронная почта',
  'office.password': 'Пароль',
  'office.badCredentials': 'Неверный адрес электронной почты или пароль.',
  'office.throttled': 'Слишком много неудачных попыток. Повторите через {minutes} мин.',
  'office.account': 'Учётная запись',
  'office.role': 'Роль',
  'office.stateOfDelegate': 'Государство (для делегатов)',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
